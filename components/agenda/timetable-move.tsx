"use client";

// Moving items in the organizer's timetable: drag an item's Move handle onto another time of a day
// column, or press the handle for a "Move to…" dialog (day, start, place; Enter moves, Escape
// cancels). The server action keeps the duration and checks everything again; what happened is
// announced in one live region that stays put while the timetable re-renders.
import {
  createContext,
  useActionState,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
  type CSSProperties,
  type ReactNode,
} from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { RoleAndItemsFields } from "@/components/agenda/role-and-items-fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { isNudgeKey, nudge } from "@/lib/agenda/nudge";
import { boundAction } from "@/lib/forms/bound-action";
import { idle, type ActionState } from "@/lib/forms/action-state";

export type MoveAction = (eventId: string, itemId: string, previous: ActionState, form: FormData) => Promise<ActionState>;

export type MovableItem = { id: string; title: string; version: number; day: string; startTime: string; place: string; minutes: number };

type Target = { day: string; startTime: string; place: string };

export type AssignAction = (eventId: string, previous: ActionState, form: FormData) => Promise<ActionState>;
export type DraggablePerson = { personId: string; name: string; partyName: string };
export type AssignableItem = { id: string; label: string };
type Role = "speaker" | "moderator";

type Mover = {
  move: (item: MovableItem, to: Target) => Promise<ActionState>;
  draggingRef: React.RefObject<MovableItem | null>;
  personRef: React.RefObject<DraggablePerson | null>;
  assign: (person: DraggablePerson, item: { id: string; title: string }, role: Role) => void;
  /** A delegate dropped on an item: the role is asked first ("as speaker / as moderator"). */
  dropped: (person: DraggablePerson, item: { id: string; title: string }) => void;
  cancelled: (item: MovableItem) => void;
  refused: (item: MovableItem, reason: string) => void;
  pending: boolean;
  /** The item moved last, to give its handle the focus back once it is drawn at its new place. */
  lastMoved: string | null;
};

const MoverContext = createContext<Mover | null>(null);

const noSubscription = () => () => {};
/** False on the server and without JavaScript: moving needs the script, the edit link does not. */
function useScripted(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function TimetableMover({
  eventId,
  action,
  assignAction,
  people = [],
  items = [],
  byPlace = false,
  children,
}: {
  eventId: string;
  action: MoveAction;
  /** Drop a delegate on an item, or "Assign to…" from their chip: the bulk form's rules (its action). */
  assignAction?: AssignAction;
  people?: DraggablePerson[];
  /** The items a delegate can be assigned to from their chip's "Assign to…" dialog. */
  items?: AssignableItem[];
  /** The "By place" layout: Alt+Left/Right move between place columns rather than days. */
  byPlace?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const draggingRef = useRef<MovableItem | null>(null);
  const personRef = useRef<DraggablePerson | null>(null);
  const scripted = useScripted();
  const [lastMoved, setLastMoved] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ person: DraggablePerson; item: { id: string; title: string } } | null>(null);
  const [assigning, setAssigning] = useState<DraggablePerson | null>(null);

  function say(item: MovableItem, state: ActionState) {
    if (state.status === "ok" && state.message) setAnnouncement(t(state.message, state.messageValues));
    else if (state.status === "error") {
      const code = Object.values(state.fieldErrors ?? {}).flat()[0];
      const reason = code ? t(t.has(`errors.${code}`) ? `errors.${code}` : "errors.invalid") : t.has(state.message) ? t(state.message) : state.message;
      setAnnouncement(t("agendaMove.failed", { title: item.title, reason }));
    }
  }

  const mover: Mover = {
    draggingRef,
    personRef,
    dropped: (person, item) => setDrop({ person, item }),
    refused: (item, reason) => setAnnouncement(t("agendaMove.failed", { title: item.title, reason })),
    assign: (person, item, role) => {
      if (!assignAction) return;
      const form = new FormData();
      form.set("personId", person.personId);
      form.set("role", role);
      form.set("itemIds", item.id);
      startTransition(async () => {
        const state = await assignAction(eventId, idle, form);
        const said = state.status !== "idle" && state.message && t.has(state.message) ? t(state.message, state.messageValues) : t("errors.unexpected");
        setAnnouncement(t("agendaMove.personDropped", { name: person.name, title: item.title, role: role, result: said }));
        if (state.status === "ok") router.refresh();
      });
    },
    pending,
    lastMoved,
    cancelled: (item) => setAnnouncement(t("agendaMove.cancelled", { title: item.title })),
    move: (item, to) =>
      new Promise((resolve) => {
        const form = new FormData();
        form.set("day", to.day);
        form.set("startTime", to.startTime);
        form.set("place", to.place);
        form.set("version", String(item.version));
        startTransition(async () => {
          const state = await action(eventId, item.id, idle, form);
          say(item, state);
          if (state.status === "ok") {
            setLastMoved(item.id);
            router.refresh();
          }
          resolve(state);
        });
      }),
  };

  return (
    <MoverContext.Provider value={mover}>
      {scripted && (
        <>
          <p className="hidden text-sm text-muted md:block">{t(byPlace ? "agendaMove.dragHintPlaces" : "agendaMove.dragHint")}</p>
          <p className="text-sm text-muted md:hidden">{t("agendaMove.phoneHint")}</p>
          <p id="nudge-keys-hint" className="text-sm text-muted">
            {t(byPlace ? "agendaMove.keysHintPlaces" : "agendaMove.keysHint")}
          </p>
          {assignAction && people.length > 0 && (
            <div>
              <p id="drag-people-hint" className="text-sm text-muted">
                <span className="hidden md:inline">{t("agendaMove.peopleHint")} </span>
                {t("agendaMove.peopleKeyboardHint")}
              </p>
              <ul aria-describedby="drag-people-hint" aria-label={t("agendaMove.peopleLabel")} className="mt-1 flex flex-wrap gap-1 text-xs">
                {people.map((person) => (
                  <li
                    key={person.personId}
                    draggable
                    onDragStart={(event) => {
                      personRef.current = person;
                      event.dataTransfer.effectAllowed = "copy";
                      event.dataTransfer.setData("text/plain", person.name);
                    }}
                    onDragEnd={() => {
                      personRef.current = null;
                    }}
                    className="inline-flex cursor-grab items-center gap-1 rounded-full border border-line bg-white py-0.5 pr-0.5 pl-2"
                  >
                    {person.name} ({person.partyName})
                    <button
                      type="button"
                      aria-haspopup="dialog"
                      onClick={() => setAssigning(person)}
                      aria-label={t("agendaMove.assignPerson", { name: person.name })}
                      className="rounded-full border border-line px-2 py-0.5 hover:bg-paper"
                    >
                      {t("agendaMove.assignTo")}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {drop && (
        <RoleDialog
          person={drop.person}
          item={drop.item}
          onChoose={(role) => {
            mover.assign(drop.person, drop.item, role);
            setDrop(null);
          }}
          onCancel={() => {
            setAnnouncement(t("agendaMove.dropCancelled", { name: drop.person.name, title: drop.item.title }));
            setDrop(null);
          }}
        />
      )}
      {assigning && assignAction && (
        <AssignDialog
          key={assigning.personId}
          eventId={eventId}
          action={assignAction}
          person={assigning}
          items={items}
          onDone={(message) => {
            setAnnouncement(t("agendaMove.personAssigned", { name: assigning.name, result: message }));
            setAssigning(null);
            router.refresh();
          }}
          onCancel={() => {
            setAnnouncement(t("agendaMove.assignCancelled", { name: assigning.name }));
            setAssigning(null);
          }}
        />
      )}
      <p role="status" aria-live="polite" className="min-h-[1.25rem] text-sm font-medium">
        {announcement}
      </p>
      {children}
    </MoverContext.Provider>
  );
}

function useMover(): Mover {
  const mover = useContext(MoverContext);
  if (!mover) throw new Error("TimetableMover missing");
  return mover;
}

const MINUTES_PER_DAY = 24 * 60;
const SNAP = 15;

/** A day column that takes a dropped item: where the pointer is becomes its start, in steps of 15 minutes. */
export function DropColumn({
  day,
  place,
  label,
  fromHour,
  pxPerMinute,
  className,
  style,
  children,
}: {
  day: string;
  /** The "By place" layout's column: a drop here also moves the item to this place. */
  place?: string;
  label: string;
  fromHour: number;
  pxPerMinute: number;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const { draggingRef, move } = useMover();
  const [over, setOver] = useState(false);
  return (
    <ol
      aria-label={label}
      className={`${className ?? ""} ${over ? "outline-2 outline-dashed outline-accent" : ""}`}
      style={style}
      onDragOver={(event) => {
        if (!draggingRef.current) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const item = draggingRef.current;
        draggingRef.current = null;
        if (!item) return;
        event.preventDefault();
        const top = event.currentTarget.getBoundingClientRect().top;
        const raw = fromHour * 60 + (event.clientY - top) / pxPerMinute;
        const snapped = Math.min(Math.max(Math.round(raw / SNAP) * SNAP, 0), MINUTES_PER_DAY - SNAP);
        const startTime = `${String(Math.floor(snapped / 60)).padStart(2, "0")}:${String(snapped % 60).padStart(2, "0")}`;
        void move(item, { day, startTime, place: place ?? item.place });
      }}
    >
      {children}
    </ol>
  );
}

/** An item's Move handle: drag it, or press it for the "Move to…" dialog. */
export function MoveHandle({
  item,
  days,
  places,
  placeColumns,
}: {
  item: MovableItem;
  days: { value: string; label: string }[];
  places: string[];
  /** The "By place" layout's columns in order: Alt+Left/Right move between them. */
  placeColumns?: string[];
}) {
  const t = useTranslations("agendaMove");
  const errors = useTranslations("errors");
  const all = useTranslations();
  const { draggingRef, move, cancelled, refused, pending, lastMoved } = useMover();
  const handle = useRef<HTMLButtonElement>(null);
  // After a move the item is drawn anew at its new place: keyboard focus follows it there.
  useEffect(() => {
    if (lastMoved === item.id && (document.activeElement === document.body || document.activeElement === null)) handle.current?.focus();
  }, [lastMoved, item.id, item.version]);
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<ActionState>(idle);
  const [values, setValues] = useState<Target>({ day: item.day, startTime: item.startTime, place: item.place });
  const placeOptions = [...new Set([item.place, ...places])].filter(Boolean);
  const fieldError = (name: keyof Target) => (state.status === "error" ? state.fieldErrors?.[name]?.[0] : undefined);
  const id = `move-${item.id}`;
  const scripted = useScripted();

  // The dialog's controls exist only while it is open: a timetable of many items carries no hidden forms.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (opened && !dialog.current?.open) dialog.current?.showModal();
  }, [opened]);

  function open() {
    setState(idle);
    setValues({ day: item.day, startTime: item.startTime, place: item.place });
    setOpened(true);
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await move(item, values);
    setState(result);
    if (result.status === "ok") dialog.current?.close();
  }

  if (!scripted) return null;
  return (
    <>
      <button
        ref={handle}
        type="button"
        draggable
        onDragStart={(event) => {
          draggingRef.current = item;
          event.dataTransfer.effectAllowed = "move";
          event.dataTransfer.setData("text/plain", item.title);
        }}
        onDragEnd={() => {
          draggingRef.current = null;
        }}
        onClick={open}
        onKeyDown={(event) => {
          if (!event.altKey || !isNudgeKey(event.key)) return;
          event.preventDefault();
          // The last move is still being saved and drawn: its version is not yet the one shown here.
          if (pending) return refused(item, t("stillSaving"));
          const result = nudge(item, event.key, { days: days.map((day) => day.value), places: placeColumns });
          if (!result.ok) refused(item, t(`refusals.${result.reason}`));
          else void move(item, result.to);
        }}
        aria-label={t("moveItem", { title: item.title })}
        aria-describedby="nudge-keys-hint"
        aria-haspopup="dialog"
        className="float-right cursor-grab rounded border border-line bg-white px-1 text-[0.7rem] hover:bg-paper"
      >
        {t("move")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-heading`}
        className="m-auto w-[min(22rem,90vw)] rounded border border-line bg-white p-4 text-sm shadow-lg backdrop:bg-black/30"
        onCancel={() => cancelled(item)}
        onClose={() => setOpened(false)}
      >
        {opened && (
          <>
            <h2 id={`${id}-heading`} className="text-base font-semibold">
              {t("heading", { title: item.title })}
            </h2>
            <p className="mt-1 text-muted">{t("duration", { minutes: item.minutes })}</p>
            <form onSubmit={submit} className="mt-3 space-y-3">
              {state.status === "error" && !state.fieldErrors && (
                <p role="alert" className="rounded bg-red-50 p-2 text-danger">
                  {all.has(state.message) ? all(state.message) : all("errors.unexpected")}
                </p>
              )}
              <div>
                <label htmlFor={`${id}-day`} className="block font-medium">
                  {t("day")}
                </label>
                <select
                  id={`${id}-day`}
                  value={values.day}
                  onChange={(event) => setValues({ ...values, day: event.target.value })}
                  aria-invalid={fieldError("day") ? true : undefined}
                  aria-describedby={fieldError("day") ? `${id}-day-error` : undefined}
                  className="mt-1 w-full rounded border border-line bg-white px-2 py-1"
                >
                  {days.map((day) => (
                    <option key={day.value} value={day.value}>
                      {day.label}
                    </option>
                  ))}
                </select>
                {fieldError("day") && (
                  <p id={`${id}-day-error`} className="mt-1 font-medium text-danger">
                    {errors.has(fieldError("day")!) ? errors(fieldError("day")!) : errors("invalid")}
                  </p>
                )}
              </div>
              <div>
                <label htmlFor={`${id}-start`} className="block font-medium">
                  {t("start")}
                </label>
                <input
                  id={`${id}-start`}
                  type="time"
                  step={300}
                  required
                  value={values.startTime}
                  onChange={(event) => setValues({ ...values, startTime: event.target.value })}
                  aria-invalid={fieldError("startTime") ? true : undefined}
                  aria-describedby={fieldError("startTime") ? `${id}-start-error` : undefined}
                  className="mt-1 w-full rounded border border-line bg-white px-2 py-1"
                />
                {fieldError("startTime") && (
                  <p id={`${id}-start-error`} className="mt-1 font-medium text-danger">
                    {errors.has(fieldError("startTime")!) ? errors(fieldError("startTime")!) : errors("invalid")}
                  </p>
                )}
              </div>
              <div>
                <label htmlFor={`${id}-place`} className="block font-medium">
                  {t("place")}
                </label>
                <select
                  id={`${id}-place`}
                  value={values.place}
                  onChange={(event) => setValues({ ...values, place: event.target.value })}
                  className="mt-1 w-full rounded border border-line bg-white px-2 py-1"
                >
                  <option value="">{t("noPlace")}</option>
                  {placeOptions.map((place) => (
                    <option key={place} value={place}>
                      {place}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex gap-2">
                <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1 font-medium text-white hover:bg-accent-strong">
                  {pending ? t("moving") : t("submit")}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    dialog.current?.close();
                    cancelled(item);
                  }}
                  className="rounded border border-line bg-white px-3 py-1 hover:bg-paper"
                >
                  {t("cancel")}
                </button>
              </div>
            </form>
          </>
        )}
      </dialog>
    </>
  );
}

/** An item of the timetable: a delegate dropped on it is added, as speaker or moderator (asked). */
export function DropItem({
  item,
  className,
  style,
  children,
}: {
  item: { id: string; title: string };
  className: string;
  style: CSSProperties;
  children: ReactNode;
}) {
  const { personRef, dropped } = useMover();
  const [over, setOver] = useState(false);
  return (
    <li
      className={`${className} ${over ? "outline-2 outline-accent" : ""}`}
      style={style}
      onDragOver={(event) => {
        if (!personRef.current) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const person = personRef.current;
        personRef.current = null;
        if (!person) return;
        event.preventDefault();
        event.stopPropagation();
        dropped(person, item);
      }}
    >
      {children}
    </li>
  );
}

/** After a drop: "Add … to … as speaker / as moderator"; Escape or Cancel adds nobody. */
function RoleDialog({
  person,
  item,
  onChoose,
  onCancel,
}: {
  person: DraggablePerson;
  item: { id: string; title: string };
  onChoose: (role: Role) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("agendaMove");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const button = "rounded border border-line bg-white px-3 py-1 hover:bg-paper";
  return (
    <dialog
      ref={dialog}
      aria-labelledby="role-dialog-heading"
      className="m-auto w-[min(22rem,90vw)] rounded border border-line bg-white p-4 text-sm shadow-lg backdrop:bg-black/30"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="role-dialog-heading" className="text-base font-semibold">
        {t("roleHeading", { name: person.name, title: item.title })}
      </h2>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          autoFocus
          onClick={() => onChoose("speaker")}
          className="rounded bg-accent px-3 py-1 font-medium text-white hover:bg-accent-strong"
        >
          {t("asSpeaker")}
        </button>
        <button type="button" onClick={() => onChoose("moderator")} className={button}>
          {t("asModerator")}
        </button>
        <button type="button" onClick={onCancel} className={button}>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}

/**
 * A delegate chip's "Assign to…": the item(s) and the role, sent with the bulk form's action. A
 * refusal is said next to its field with what was chosen kept; Escape or Cancel closes.
 */
function AssignDialog({
  eventId,
  action,
  person,
  items,
  onDone,
  onCancel,
}: {
  eventId: string;
  action: AssignAction;
  person: DraggablePerson;
  items: AssignableItem[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("agendaMove");
  const people = useTranslations("participants");
  const all = useTranslations();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction] = useActionState(boundAction(action, eventId), idle);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const handled = useRef<ActionState>(idle);
  useEffect(() => {
    if (state.status !== "ok" || handled.current === state) return;
    handled.current = state;
    onDone(state.message && all.has(state.message) ? all(state.message, state.messageValues) : "");
  }, [state, onDone, all]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="assign-dialog-heading"
      className="m-auto max-h-[90vh] w-[min(26rem,92vw)] overflow-y-auto rounded border border-line bg-white p-4 text-sm shadow-lg backdrop:bg-black/30"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="assign-dialog-heading" className="text-base font-semibold">
        {t("assignHeading", { name: `${person.name} (${person.partyName})` })}
      </h2>
      <form action={formAction} className="mt-3 space-y-3">
        {state.status === "error" && <FormStatus state={state} />}
        <input type="hidden" name="personId" value={person.personId} />
        <RoleAndItemsFields state={state} items={items} />
        <div className="flex flex-wrap gap-2">
          <SubmitButton pendingLabel={people("adding")}>{t("assignSubmit")}</SubmitButton>
          <button type="button" onClick={onCancel} className="rounded border border-line bg-white px-3 py-1 hover:bg-paper">
            {t("cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
