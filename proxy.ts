// Locale routing only: every page lives under /en or /ru. Authorization is never decided here;
// loaders and actions check the viewer on the server. Calendar feeds (/calendar/<token>) stay
// outside the locale prefix: calendar apps fetch them as they are.
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = { matcher: ["/((?!api|_next|_vercel|calendar/|feeds/|.*\\..*).*)"] };
