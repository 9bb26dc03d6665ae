import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { people, users } from "@/db/schema";

export async function findUserForSignIn(email: string) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return user;
}

export async function getUserForViewer(userId: string) {
  const db = await getDb();
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return undefined;
  // Every initiative's record of this person that the account was attached to by its owner.
  const persons = await db.select({ id: people.id }).from(people).where(eq(people.userId, user.id));
  return { ...user, personIds: persons.map((p) => p.id) };
}

export async function findUserRole(email: string) {
  const db = await getDb();
  const [user] = await db
    .select({ role: users.role })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return user?.role ?? null;
}
