// One field's changes between two revisions of a record, as plain text with its whitespace kept
// (the Markdown source, not its rendering: a diff is about what the rapporteur typed). Colour alone
// would not tell a screen-reader user, or someone who can't tell red from green, which words went
// and which came: each change is also underlined or struck through and announced by the caller's
// label. No hooks: usable in server components.
import type { DiffPart } from "@/lib/records/diff";

export function TextDiff({ parts, addedLabel, removedLabel }: { parts: DiffPart[]; addedLabel: string; removedLabel: string }) {
  return (
    <div className="whitespace-pre-wrap break-words">
      {parts.map((part, index) => {
        if (part.kind === "added") {
          return (
            <ins key={index} className="rounded-sm bg-green-100 text-green-950 underline decoration-green-700 decoration-2">
              <span className="sr-only">{`${addedLabel} `}</span>
              {part.text}
            </ins>
          );
        }
        if (part.kind === "removed") {
          return (
            <del key={index} className="rounded-sm bg-red-100 text-red-950 line-through decoration-red-700 decoration-2">
              <span className="sr-only">{`${removedLabel} `}</span>
              {part.text}
            </del>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </div>
  );
}
