// Types for the plain-JavaScript cache handler (Next.js loads the .mjs as it is; tests import it).
export { CacheHandler as default } from "@fortedigital/nextjs-cache-handler";
