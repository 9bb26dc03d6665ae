"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { sameDraft, type RecordDraft } from "@/lib/records/draft";
import { newKey } from "./new-key";

export type SaveStatus = "saved" | "unsaved" | "saving" | "offline" | "signedOut" | "conflict" | "final" | "noAccess" | "error";
export type ServerConflict = { version: number; draft: RecordDraft; savedAt: string | null; savedBy: string | null };

type Pending = { saveId: string; baseVersion: number; draft: RecordDraft };
type Stored = { baseVersion: number; draft: RecordDraft; at: string };

/** Autosave after this much quiet… */
const QUIET_MS = 1500;
/** …and at least this often while typing goes on. */
const EVERY_MS = 5000;

const storageKey = (itemId: string) => `roundtable.record.${itemId}`;

function readStored(itemId: string): Stored | null {
  try {
    const raw = window.localStorage.getItem(storageKey(itemId));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(itemId: string, value: Stored | null) {
  try {
    if (value) window.localStorage.setItem(storageKey(itemId), JSON.stringify(value));
    else window.localStorage.removeItem(storageKey(itemId));
  } catch {
    // Storage full or disabled: the server copy is then the only one; the indicator still tells.
  }
}

/**
 * Keeps a record draft safe: every change goes to this browser's storage at once and to the
 * server after a short quiet (and every few seconds while typing goes on), one save at a time.
 * A save whose answer never came is retried with the same key, so it is applied once. Offline,
 * signed out or in conflict, nothing is sent and nothing is dropped: the draft stays here until
 * it can go. On load, a draft this browser kept is restored (or, if the server moved on, shown
 * as a conflict).
 */
export function useAutosave(itemId: string, initial: { version: number; draft: RecordDraft; final: boolean }) {
  const [draft, setDraftState] = useState(initial.draft);
  const [status, setStatus] = useState<SaveStatus>(initial.final ? "final" : "saved");
  const [version, setVersion] = useState(initial.version);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ServerConflict | null>(null);
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const [restored, setRestored] = useState(false);

  const draftRef = useRef(initial.draft);
  const baseRef = useRef(initial.version);
  const savedRef = useRef(initial.draft);
  const pendingRef = useRef<Pending | null>(null);
  const inflightRef = useRef(false);
  const blockedRef = useRef<SaveStatus | null>(initial.final ? "final" : null);
  const quietTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dirty = () => !sameDraft(draftRef.current, savedRef.current);
  // For a save to start the next one (typing went on while it was on its way).
  const flushRef = useRef<(keepalive?: boolean) => Promise<void>>(async () => {});

  const flush = useCallback(
    async (keepalive = false) => {
      if (blockedRef.current || inflightRef.current) return;
      if (!pendingRef.current) {
        if (!dirty()) return;
        pendingRef.current = { saveId: newKey(), baseVersion: baseRef.current, draft: draftRef.current };
      }
      const pending = pendingRef.current;
      inflightRef.current = true;
      setStatus("saving");
      let response: Response;
      try {
        response = await fetch(`/api/records/${itemId}`, {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(pending),
          credentials: "same-origin",
          keepalive,
        });
      } catch {
        // No answer: it may or may not have been applied. Keep `pending` (same key) for the retry.
        inflightRef.current = false;
        setStatus(navigator.onLine ? "error" : "offline");
        return;
      }
      inflightRef.current = false;
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      // A "conflict" with exactly this text (saved meanwhile by this browser's other tab) is no conflict.
      const alreadyThere = response.status === 409 && sameDraft(body.draft as RecordDraft, pending.draft);
      if (response.status === 200 || alreadyThere) {
        pendingRef.current = null;
        baseRef.current = body.version as number;
        savedRef.current = pending.draft;
        setVersion(baseRef.current);
        setSavedAt((body.savedAt as string) ?? new Date().toISOString());
        setWarnings((body.warnings as string[]) ?? []);
        if (dirty()) {
          // Typed while this save was on its way (or while offline): send the rest now.
          setStatus("unsaved");
          writeStored(itemId, { baseVersion: baseRef.current, draft: draftRef.current, at: new Date().toISOString() });
          setTimeout(() => void flushRef.current(), 0);
        } else {
          setStatus("saved");
          writeStored(itemId, null);
        }
        return;
      }
      pendingRef.current = response.status >= 500 ? pending : null;
      if (response.status === 409) {
        blockedRef.current = "conflict";
        setConflict({
          version: body.version as number,
          draft: body.draft as RecordDraft,
          savedAt: (body.savedAt as string) ?? null,
          savedBy: (body.savedBy as string) ?? null,
        });
        setStatus("conflict");
      } else if (response.status === 401) {
        blockedRef.current = "signedOut";
        setStatus("signedOut");
      } else if (response.status === 423) {
        blockedRef.current = "final";
        setStatus("final");
      } else if (response.status === 404 || response.status === 403) {
        blockedRef.current = "noAccess";
        setStatus("noAccess");
      } else {
        setStatus("error");
      }
    },
    [itemId],
  );
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Restore what this browser kept (unsaved text from before a reload, a sign-in, a crash).
  useEffect(() => {
    const stored = readStored(itemId);
    if (!stored || sameDraft(stored.draft, initial.draft)) {
      if (stored) writeStored(itemId, null);
      return;
    }
    draftRef.current = stored.draft;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser storage is only possible after mount
    setDraftState(stored.draft);
    setRestored(true);
    if (initial.final) return;
    if (stored.baseVersion === initial.version) {
      setStatus("unsaved");
    } else {
      // Saved elsewhere since: both versions side by side, nothing applied.
      blockedRef.current = "conflict";
      setConflict({ version: initial.version, draft: initial.draft, savedAt: null, savedBy: null });
      setStatus("conflict");
    }
  }, [itemId, initial.draft, initial.version, initial.final]);

  // Save every few seconds while there is something to save; retry after failures.
  useEffect(() => {
    const timer = setInterval(() => {
      if (dirty() || pendingRef.current) void flush();
    }, EVERY_MS);
    const online = () => {
      if (blockedRef.current === null) void flush();
    };
    const offline = () => {
      if (blockedRef.current === null) setStatus("offline");
    };
    const leaving = () => {
      if (document.visibilityState === "hidden") void flush(true);
    };
    const pagehide = () => void flush(true);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("pagehide", pagehide);
    document.addEventListener("visibilitychange", leaving);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("pagehide", pagehide);
      document.removeEventListener("visibilitychange", leaving);
    };
  }, [flush]);

  const setDraft = useCallback(
    (update: (current: RecordDraft) => RecordDraft) => {
      const next = update(draftRef.current);
      draftRef.current = next;
      setDraftState(next);
      // In this browser at once: a reload, a crash or a lost session cannot take it.
      writeStored(itemId, { baseVersion: baseRef.current, draft: next, at: new Date().toISOString() });
      if (blockedRef.current) return;
      setStatus(navigator.onLine ? "unsaved" : "offline");
      if (quietTimer.current) clearTimeout(quietTimer.current);
      quietTimer.current = setTimeout(() => void flush(), QUIET_MS);
    },
    [flush, itemId],
  );

  /** After a conflict: the merged draft, saved on top of the version saved now. */
  const resolveConflict = useCallback(
    (merged: RecordDraft) => {
      if (!conflict) return;
      baseRef.current = conflict.version;
      savedRef.current = conflict.draft;
      setVersion(conflict.version);
      blockedRef.current = null;
      setConflict(null);
      draftRef.current = merged;
      setDraftState(merged);
      writeStored(itemId, { baseVersion: conflict.version, draft: merged, at: new Date().toISOString() });
      setStatus("unsaved");
      void flush();
    },
    [conflict, flush, itemId],
  );

  /** Try again now (after an error, or once signed in again in another tab). */
  const retry = useCallback(() => {
    if (blockedRef.current === "signedOut") blockedRef.current = null;
    void flush();
  }, [flush]);

  return { draft, setDraft, status, version, savedAt, conflict, resolveConflict, warnings, restored, retry };
}
