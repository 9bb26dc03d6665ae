"use client";

// The organizer's phone at a venue door or a border crossing. Works on with the network gone: each
// check-in is recorded on the phone first (with an id made here), kept in localStorage until the
// server has answered for it, and sent when the phone is back online (the `online` event, on
// load, and after every check-in while online). The server applies a batch idempotently, so a
// batch sent twice, or a check-in someone else made first, is counted once. The screen itself is
// kept too (lib/check-in/offline-screen.ts), so it opens again with no network.
import { useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  countsByParty,
  enqueue,
  matchesName,
  parseCheckInCode,
  personStates,
  settle,
  type QueuedOp,
  type RosterPerson,
  type ServerCheckIn,
  type SyncResult,
} from "@/lib/check-in/rules";
import { CHECK_IN_LIST_PREFIX, keepScreenForOffline, OFFLINE_SCREEN_ATTRIBUTE } from "@/lib/check-in/offline-screen";
import { formatTime } from "@/lib/time/format";
import { CameraScanner } from "./camera-scanner";

type Props = {
  eventId: string;
  checkpoint: string;
  checkpointLabel: string;
  timeZone: string;
  roster: RosterPerson[];
  checkedIn: ServerCheckIn[];
};

/** An id for a check-in, made on the phone (also where `crypto.randomUUID` is missing: plain http on a LAN). */
function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SYNC_BATCH = 200;
/** How often an open screen asks for other phones' check-ins at its checkpoint. */
const REFRESH_MS = 20_000;

const queueKey = (eventId: string) => `roundtable:check-in:queue:${eventId}`;
const listKey = (eventId: string, checkpoint: string) => `${CHECK_IN_LIST_PREFIX}${eventId}:${checkpoint}`;

function readQueue(eventId: string): QueuedOp[] {
  try {
    const stored = JSON.parse(localStorage.getItem(queueKey(eventId)) ?? "[]") as unknown;
    return Array.isArray(stored) ? (stored as QueuedOp[]) : [];
  } catch {
    return [];
  }
}

type Notice = { tone: "ok" | "warn"; text: string } | null;

export function CheckInScreen({ eventId, checkpoint, checkpointLabel, timeZone, roster, checkedIn }: Props) {
  const t = useTranslations("checkIn");
  const locale = useLocale();
  const [server, setServer] = useState<ServerCheckIn[]>(checkedIn);
  const [queue, setQueue] = useState<QueuedOp[]>([]);
  const [online, setOnline] = useState(true);
  const [syncing, setSyncing] = useState(false);
  const [problem, setProblem] = useState<"signedOut" | "syncFailed" | null>(null);
  const [query, setQuery] = useState("");
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const queueRef = useRef<QueuedOp[]>([]);
  const syncingRef = useRef(false);
  const againRef = useRef(false);
  const byId = useMemo(() => new Map(roster.map((person) => [person.memberId, person])), [roster]);

  const time = (iso: string) => formatTime(new Date(iso), timeZone, locale);

  function saveQueue(next: QueuedOp[]) {
    queueRef.current = next;
    try {
      localStorage.setItem(queueKey(eventId), JSON.stringify(next));
    } catch {
      // Storage full or blocked: the queue still lives in memory while the page is open.
    }
    setQueue(next);
  }

  function apply(batch: QueuedOp[], results: SyncResult[]) {
    const here = new Set(batch.filter((op) => op.checkpoint === checkpoint).map((op) => `${op.op}:${op.id}`));
    const mine = results.filter((result) => here.has(`${result.op}:${result.id}`));
    setServer((current) => {
      let next = [...current];
      for (const result of mine) {
        if (result.status === "saved" && !next.some((row) => row.id === result.id)) {
          next = [
            ...next.filter((row) => row.memberId !== result.memberId),
            { id: result.id, memberId: result.memberId, checkedInAt: result.checkedInAt, by: result.by },
          ];
        } else if (result.status === "already" && !next.some((row) => row.id === result.existingId)) {
          next = [
            ...next.filter((row) => row.memberId !== result.memberId),
            { id: result.existingId, memberId: result.memberId, checkedInAt: result.checkedInAt, by: result.by },
          ];
        } else if (result.status === "undone") {
          next = next.filter((row) => row.id !== result.id);
        }
      }
      return next;
    });
    const already = mine.filter((result) => result.status === "already");
    const refused = results.filter((result) => result.status === "refused");
    const fromCode = refused.find((result) => batch.some((op) => op.id === result.id && op.op === "checkIn" && op.code !== undefined));
    if (fromCode && fromCode.status === "refused") setCodeError(t(`errors.${fromCode.reason}`));
    // A code the server took is done with; a refused one stays in the field, to be read again.
    else if (results.some((result) => batch.some((op) => op.id === result.id && op.op === "checkIn" && op.code !== undefined))) setCode("");
    if (already.length > 0) {
      setNotice({
        tone: "warn",
        text: already
          .map((result) =>
            result.status === "already"
              ? t("already", { name: byId.get(result.memberId)?.nameLatin ?? "", time: time(result.checkedInAt), by: result.by ?? t("someone") })
              : "",
          )
          .join(" "),
      });
    } else if (refused.length > 0 && !fromCode) {
      const reasons = [...new Set(refused.map((result) => (result.status === "refused" ? t(`errors.${result.reason}`) : "")))].join(" ");
      setNotice({ tone: "warn", text: t("refusedSome", { count: refused.length, reasons }) });
    }
  }

  /** Sends what is queued; with `refresh`, also when nothing is, to see other phones' check-ins. */
  async function sync(refresh = false): Promise<void> {
    if (syncingRef.current) {
      againRef.current = true;
      return;
    }
    if (!navigator.onLine) return;
    // A long offline spell is sent in parts the server accepts (lib/check-in/schema.ts).
    const batch = queueRef.current.slice(0, SYNC_BATCH);
    if (batch.length === 0 && !refresh) return;
    syncingRef.current = true;
    setSyncing(true);
    try {
      const response = await fetch(`/api/events/${eventId}/check-ins`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ops: batch, checkpoint }),
        credentials: "same-origin",
      });
      if (response.status === 401) {
        setProblem("signedOut");
        return;
      }
      if (!response.ok) {
        setProblem("syncFailed");
        return;
      }
      const answer = (await response.json()) as { results: SyncResult[]; checkedIn?: ServerCheckIn[] };
      const results = answer.results;
      setProblem(null);
      apply(batch, results);
      // The server's list after this batch: other phones' check-ins at this checkpoint too.
      if (answer.checkedIn) setServer(answer.checkedIn);
      // Only what the server answered leaves the queue; what was added meanwhile stays.
      saveQueue(settle(queueRef.current, results));
      if (queueRef.current.length > 0 && results.length > 0) againRef.current = true;
    } catch {
      // The network dropped mid-way: everything stays queued for the next try.
      setProblem(navigator.onLine ? "syncFailed" : null);
    } finally {
      syncingRef.current = false;
      setSyncing(false);
      if (againRef.current) {
        againRef.current = false;
        void sync();
      }
    }
  }

  // On load: what this phone queued before (maybe in another visit, maybe offline) comes back and
  // is sent; the list is kept in the browser too.
  const start = useEffectEvent(() => {
    queueRef.current = readQueue(eventId);
    setQueue(queueRef.current);
    setOnline(navigator.onLine);
    try {
      localStorage.setItem(listKey(eventId, checkpoint), JSON.stringify({ roster, checkedIn, keptAt: new Date().toISOString() }));
    } catch {
      // Nothing to do: the list is in the page.
    }
    void sync();
    // So that the screen opens again without a network (a reload at a border crossing).
    if (navigator.onLine) void keepScreenForOffline();
  });
  const goneOnline = useEffectEvent(() => {
    setOnline(true);
    void sync();
  });
  const poll = useEffectEvent(() => {
    if (document.visibilityState === "visible") void sync(true);
  });
  useEffect(() => {
    const timer = window.setInterval(() => poll(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    start();
    const offline = () => setOnline(false);
    const online = () => goneOnline();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, []);

  const states = useMemo(() => personStates(checkpoint, server, queue), [checkpoint, server, queue]);
  const counts = useMemo(() => countsByParty(roster, (memberId) => states.get(memberId)?.state === "in"), [roster, states]);
  const shown = useMemo(() => roster.filter((person) => matchesName(query, [person.nameLatin, person.nameNative])), [roster, query]);
  const waiting = queue.length;

  function checkIn(person: RosterPerson, withCode?: string) {
    const current = states.get(person.memberId);
    if (current?.state === "in") {
      setNotice({ tone: "warn", text: t("already", { name: person.nameLatin, time: time(current.checkedInAt), by: current.by ?? t("thisPhone") }) });
      return;
    }
    const op: QueuedOp = {
      op: "checkIn",
      id: newId(),
      memberId: person.memberId,
      checkpoint,
      checkedInAt: new Date().toISOString(),
      ...(withCode ? { code: withCode } : {}),
    };
    saveQueue(enqueue(queueRef.current, op));
    setNotice({ tone: "ok", text: t("checkedInNotice", { name: person.nameLatin }) });
    void sync();
  }

  function undo(person: RosterPerson) {
    const current = states.get(person.memberId);
    if (current?.state !== "in") return;
    saveQueue(enqueue(queueRef.current, { op: "undo", id: current.id, checkpoint }));
    setNotice({ tone: "ok", text: t("undoneNotice", { name: person.nameLatin }) });
    void sync();
  }

  function applyCode(text: string) {
    const parsed = parseCheckInCode(text);
    if (!parsed) return setCodeError(t("errors.codeUnreadable"));
    if (parsed.eventId !== eventId.toLowerCase()) return setCodeError(t("errors.codeOtherEvent"));
    const person = byId.get(parsed.memberId);
    if (!person) return setCodeError(t("errors.notExpected"));
    setCodeError(null);
    setCode(text.trim());
    checkIn(person, text.trim());
  }

  function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applyCode(code);
  }

  const statusText = !online
    ? t("offlineWaiting", { count: waiting })
    : problem === "signedOut"
      ? t("signedOut", { count: waiting })
      : problem === "syncFailed"
        ? t("syncFailed", { count: waiting })
        : syncing || waiting > 0
          ? t("syncing", { count: waiting })
          : t("allSynced");

  return (
    <div className="space-y-5" {...{ [OFFLINE_SCREEN_ATTRIBUTE]: "check-in" }}>
      <p role="status" className={`rounded border p-3 text-sm font-medium ${!online || problem ? "border-warn text-warn" : "border-line"} bg-white`}>
        {statusText}
      </p>

      <section aria-labelledby="check-in-counts" className="rounded border border-line bg-white p-3">
        <h2 id="check-in-counts" className="text-base font-semibold">
          {t("countsTitle", { checkpoint: checkpointLabel })}
        </h2>
        <p className="mt-1 text-lg" data-testid="check-in-counts">
          {counts.length === 0
            ? t("nobodyExpected")
            : counts.map((count) => t("partyCount", { party: count.partyName, in: count.checkedIn, expected: count.expected })).join(" · ")}
        </p>
      </section>

      <section aria-labelledby="check-in-code" className="space-y-2">
        <h2 id="check-in-code" className="text-base font-semibold">
          {t("codeTitle")}
        </h2>
        <CameraScanner onCode={applyCode} />
        <form onSubmit={submitCode} noValidate className="space-y-2">
          <label htmlFor="check-in-code-field" className="block text-sm font-medium">
            {t("codeLabel")}
          </label>
          <input
            id="check-in-code-field"
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? "check-in-code-error" : "check-in-code-hint"}
            className="block w-full rounded border border-line bg-white px-3 py-2 text-base aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger"
          />
          {codeError ? (
            <p id="check-in-code-error" className="text-sm font-medium text-danger">
              {codeError}
            </p>
          ) : (
            <p id="check-in-code-hint" className="text-sm text-muted">
              {t("codeHint")}
            </p>
          )}
          <button type="submit" className="min-h-11 rounded bg-accent px-4 py-2 font-semibold text-white">
            {t("checkInByCode")}
          </button>
        </form>
      </section>

      <section aria-labelledby="check-in-list" className="space-y-3">
        <h2 id="check-in-list" className="text-base font-semibold">
          {t("listTitle")}
        </h2>
        <div>
          <label htmlFor="check-in-search" className="block text-sm font-medium">
            {t("searchLabel")}
          </label>
          <input
            id="check-in-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            aria-describedby="check-in-search-hint"
            className="mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base"
          />
          <p id="check-in-search-hint" className="mt-1 text-sm text-muted">
            {t("searchHint")}
          </p>
        </div>
        {notice && (
          <p role="alert" className={`rounded border bg-white p-2 text-sm ${notice.tone === "warn" ? "border-warn text-warn" : "border-line"}`}>
            {notice.text}
          </p>
        )}
        <p className="text-sm text-muted">{t("shown", { shown: shown.length, total: roster.length })}</p>
        <ul className="divide-y divide-line rounded border border-line bg-white">
          {shown.map((person) => {
            const state = states.get(person.memberId);
            const isIn = state?.state === "in";
            return (
              <li key={person.memberId} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div className="min-w-0">
                  <p className="font-medium break-words">{person.nameLatin}</p>
                  {person.nameNative && person.nameNative !== person.nameLatin && (
                    <p className="text-sm break-words" lang="und">
                      {person.nameNative}
                    </p>
                  )}
                  <p className="text-sm text-muted">
                    {person.partyName} ·{" "}
                    {isIn
                      ? state.waiting
                        ? t("stateWaiting", { time: time(state.checkedInAt) })
                        : t("stateIn", { time: time(state.checkedInAt), by: state.by ?? t("someone") })
                      : t("stateOut")}
                  </p>
                </div>
                {isIn ? (
                  <button
                    type="button"
                    onClick={() => undo(person)}
                    aria-label={t("undoFor", { name: person.nameLatin })}
                    className="min-h-11 rounded border border-line px-4 py-2 text-sm"
                  >
                    {t("undo")}
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() => checkIn(person)}
                    aria-label={t("checkInFor", { name: person.nameLatin })}
                    className="min-h-12 rounded bg-accent px-5 py-3 text-base font-semibold text-white"
                  >
                    {t("checkIn")}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
