import { handlers } from "@/auth";
import { withCheckedCallbackUrl } from "@/lib/auth/auth-route-input";

// Auth.js's own handlers, after the check of what it would answer a 500 to (lib/auth/auth-route-input).
export const GET = withCheckedCallbackUrl(handlers.GET);
export const POST = withCheckedCallbackUrl(handlers.POST);
