// A server action with its leading arguments bound, the same function on every render.
//
// Why: a form posted without JavaScript is answered by rendering the page again on the server with
// the action's result (React's form state). React then checks the form's action against the one
// that was posted; for an action bound with `.bind` that check waits for the bound arguments (a
// promise). A component that binds anew on each render hands React a new, still pending promise on
// each retry, and the render never ends: the request hung with a CPU core at 100% (seen on the
// roster, the event overview and the outcome page). Kept here, the bound action is the same on the
// retry, its arguments known, and the page renders.
//
// Ids are short and few per page; the cache forgets the oldest past MAX_KEPT.

const MAX_KEPT = 5000;

type Action = (...args: never[]) => unknown;

const kept = new Map<string, Action>();
const ids = new WeakMap<Action, number>();
let nextId = 0;

function idOf(action: Action): number {
  let id = ids.get(action);
  if (id === undefined) {
    id = nextId++;
    ids.set(action, id);
  }
  return id;
}

/** `action.bind(null, ...args)`, made once per action and arguments (strings and numbers). */
export function boundAction<Args extends (string | number)[], Rest extends unknown[], Result>(
  action: (...args: [...Args, ...Rest]) => Result,
  ...args: Args
): (...rest: Rest) => Result {
  const key = `${idOf(action as Action)}\u0000${JSON.stringify(args)}`;
  let bound = kept.get(key);
  if (!bound) {
    bound = action.bind(null, ...args) as unknown as Action;
    kept.set(key, bound);
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  }
  return bound as unknown as (...rest: Rest) => Result;
}
