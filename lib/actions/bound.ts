import { z } from "zod";
import { isWellFormedToken } from "@/lib/invitations/token";

// Schemas of bound action arguments: the page binds them, but they come back from the browser.

/** A row's id. Anything else is "not found". */
export const id = z.uuid();

/** A token from a mailed link (the URL is the credential; the data layer checks hash, expiry, use). */
export const linkToken = z.string().refine(isWellFormedToken);

/** A real boolean: a string "false" from a forged request is not taken as true. */
export const flag = z.boolean();
