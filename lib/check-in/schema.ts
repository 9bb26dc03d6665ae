import { z } from "zod";

// The sync's body: what the organizer's phone queued, possibly offline. Ids are made by the phone;
// everything else is re-checked against the organizer's event on the server. Messages are catalog
// keys, like every input's (the phone shows its own text for a refused batch).

const invalid = { error: "invalid" } as const;

const checkInOp = z.object(
  {
    op: z.literal("checkIn", invalid),
    id: z.uuid(invalid),
    checkpoint: z.string(invalid).max(80, invalid),
    checkedInAt: z.iso.datetime({ offset: true, ...invalid }),
    memberId: z.uuid(invalid),
    /** The personal code scanned or typed, when that is how the person was found. */
    code: z.string(invalid).max(300, invalid).optional(),
  },
  invalid,
);

const undoOp = z.object({ op: z.literal("undo", invalid), id: z.uuid(invalid), checkpoint: z.string(invalid).max(80, invalid) }, invalid);

export const MAX_BATCH = 500;

export const checkInSyncInput = z.object(
  {
    ops: z.array(z.discriminatedUnion("op", [checkInOp, undoOp], invalid), invalid).max(MAX_BATCH, invalid),
    /** The checkpoint the phone shows: its check-ins after the batch come back (other phones' too). */
    checkpoint: z.string(invalid).max(80, invalid).optional(),
  },
  invalid,
);
export type CheckInSyncInput = z.infer<typeof checkInSyncInput>;
