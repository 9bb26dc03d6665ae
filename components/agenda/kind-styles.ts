/** Colour per kind on the timetable. The kind is always written out too: colour is never the only cue. */
export const KIND_STYLES: Record<string, string> = {
  plenary: "border-blue-700 bg-blue-50",
  thematic_session: "border-indigo-700 bg-indigo-50",
  working_group: "border-emerald-700 bg-emerald-50",
  meeting_with_officials: "border-amber-700 bg-amber-50",
  cultural_social: "border-pink-700 bg-pink-50",
  press_conference: "border-red-700 bg-red-50",
  travel: "border-slate-600 bg-slate-100",
  break: "border-stone-400 bg-stone-50",
};
