// Regenerates the sample files in public/samples/ from the demo seed.
import { writeFileSync } from "node:fs";
import { AZERBAIJANI_DELEGATION } from "@/db/seed/demo-people";
import { SAMPLE_DELEGATION_CSV_PATH, sampleDelegationCsv } from "@/db/seed/sample-csv";

writeFileSync(SAMPLE_DELEGATION_CSV_PATH, sampleDelegationCsv(AZERBAIJANI_DELEGATION));
console.log(`wrote ${SAMPLE_DELEGATION_CSV_PATH}`);
