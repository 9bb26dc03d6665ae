// Mocked Auth.js sessions for integration tests: a signed-in test session is live on the server
// as a real one is (lib/auth/server-sessions.ts), so getViewer accepts it. An account that does
// not exist gets no server session, like a cookie of a deleted account.
import { openServerSession } from "@/lib/auth/server-sessions";

type MockSession = { user: { id: string }; sid?: string } | null;

export async function liveSession(session: MockSession): Promise<MockSession> {
  if (!session || session.sid) return session;
  try {
    return { ...session, sid: await openServerSession(session.user.id) };
  } catch {
    return session; // no such account: no server session
  }
}
