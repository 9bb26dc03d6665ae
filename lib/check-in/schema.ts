import { z } from "zod";

// The sync's body: what the organizer's phone queued, possibly offline. Ids are made by the phone;
// everything else is re-checked against the organizer's event on the server.

const checkInOp = z.object({
  op: z.literal("checkIn"),
  id: z.uuid(),
  checkpoint: z.string().max(80),
  checkedInAt: z.iso.datetime({ offset: true }),
  memberId: z.uuid(),
  /** The personal code scanned or typed, when that is how the person was found. */
  code: z.string().max(300).optional(),
});

const undoOp = z.object({ op: z.literal("undo"), id: z.uuid(), checkpoint: z.string().max(80) });

export const MAX_BATCH = 500;

export const checkInSyncInput = z.object({ ops: z.array(z.discriminatedUnion("op", [checkInOp, undoOp])).max(MAX_BATCH) });
export type CheckInSyncInput = z.infer<typeof checkInSyncInput>;
