// Apart from discover.ts: reading a declaration imports the pipeline, and with it Auth.js, which
// only the tests that mock the request context can load.
import { declarationOf, type ActionDeclaration } from "@/lib/actions/define";
import type { Found } from "./discover";

/** An action's declaration on the pipeline (lib/actions/define.ts): who may call it, how many bound arguments it takes. */
export function declared(found: Found): ActionDeclaration {
  const declaration = declarationOf(found.fn);
  if (!declaration) throw new Error(`${found.key} is not defined with lib/actions/define.ts`);
  return declaration;
}
