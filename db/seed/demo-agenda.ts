// The programme of the demo round table (13–14 February 2026, Tsaghkadzor), after the news report
// in /work/shared/seed-article.ru.txt. Times are wall-clock times in Asia/Yerevan; the seed turns
// them into instants. People are referred to by e-mail (see demo-people.ts), officials by name.
import type { agendaItemKind, visibility } from "@/db/schema";
import type { AgendaTextField } from "@/lib/content/fields";
import type { ContentTranslations } from "@/lib/content/translations";

export type DemoAgendaItem = {
  day: "2026-02-13" | "2026-02-14";
  start: string;
  end: string;
  kind: (typeof agendaItemKind.enumValues)[number];
  title: string;
  description: string;
  place: string;
  visibility: (typeof visibility.enumValues)[number];
  closedDoor?: boolean;
  /** Balanced: one person from each delegation per role. */
  moderators?: string[];
  speakers?: string[];
  officials?: string[];
  /** Title (and place) in the other working languages; items without show the English, marked. */
  translations?: ContentTranslations<AgendaTextField>;
};

const LUNCH = { ru: { title: "Обед" }, az: { title: "Nahar" }, hy: { title: "Ճաշ" } };
const COFFEE_BREAK = { ru: { title: "Кофе-брейк" }, az: { title: "Kofe fasiləsi" }, hy: { title: "Սուրճի ընդմիջում" } };

export const DEMO_VENUE_NAME = "Pine Valley Conference Centre";

/** Title of the agenda item whose draft record carries the practical recommendations. */
export const COOPERATION_SESSION_TITLE = "Cooperation between dialogue participants";
export const SECURITY_COUNCIL_MEETING_TITLE = "Meeting with the Secretary of the Security Council of Armenia";
export const EXPECTATIONS_SESSION_TITLE = "Expectations in both societies: delivering the results of peace to citizens";

export const DEMO_AGENDA: DemoAgendaItem[] = [
  // ── Day 1 · Friday 13 February 2026 ──────────────────────────────────────────────────────────
  {
    day: "2026-02-13",
    start: "08:00",
    end: "09:00",
    kind: "travel",
    title: "Border crossing (entry) of the Azerbaijani delegation",
    description:
      "The Azerbaijani delegation completes border formalities and enters Armenia through the delimited and demarcated section of the land border near Ashagy Eskipara (Azerbaijan) and Voskepar (Armenia).",
    place: "Ashagy Eskipara – Voskepar border section",
    visibility: "delegates",
  },
  {
    day: "2026-02-13",
    start: "09:00",
    end: "11:30",
    kind: "travel",
    title: "Transfer to Tsaghkadzor and arrival",
    description: "Coach transfer from the border to Tsaghkadzor via Ijevan and Dilijan; check-in and registration at the venue.",
    place: "Coach from Voskepar; venue reception",
    visibility: "delegates",
  },
  {
    day: "2026-02-13",
    start: "12:00",
    end: "12:45",
    kind: "plenary",
    title: "Opening plenary",
    translations: { ru: { title: "Открывающее пленарное заседание" }, az: { title: "Açılış plenar iclası" }, hy: { title: "Բացման լիագումար նիստ" } },
    description: "Welcome by the heads of both delegations, the aims of the Peace Bridge initiative and the programme of the round table.",
    place: "Main hall",
    visibility: "public",
    moderators: ["rauf.huseynov@example.org", "ani.petrosyan@example.org"],
  },
  {
    day: "2026-02-13",
    start: "12:45",
    end: "14:15",
    kind: "thematic_session",
    title: "Azerbaijan–Armenia relations: the current stage and the way ahead",
    translations: {
      ru: { title: "Азербайджано-армянские отношения: нынешний этап и путь вперёд" },
      az: { title: "Azərbaycan–Ermənistan münasibətləri: hazırkı mərhələ və irəliyə doğru yol" },
      hy: { title: "Ադրբեջանա-հայկական հարաբերություններ․ ներկա փուլը և առաջընթացի ուղին" },
    },
    description:
      "The current stage and future directions of Azerbaijan–Armenia relations, the implementation of the peace agenda endorsed at the Washington summit of 8 August 2025, and its results for the region.",
    place: "Main hall",
    visibility: "public",
    speakers: ["aygun.mammadova@example.org", "tigran.hakobyan@example.org"],
  },
  {
    day: "2026-02-13",
    start: "14:15",
    end: "15:15",
    kind: "break",
    title: "Lunch",
    translations: LUNCH,
    description: "",
    place: "Terrace restaurant",
    visibility: "public",
  },
  {
    day: "2026-02-13",
    start: "15:15",
    end: "16:45",
    kind: "thematic_session",
    title: "Regional security and the economic opportunities of peace",
    description:
      "The changing regional security environment, borders and transport connectivity, and the economic opportunities arising from the peace process, with the views and expectations of both sides.",
    place: "Main hall",
    visibility: "public",
    speakers: ["tural.babayev@example.org", "davit.avetisyan@example.org"],
  },
  {
    day: "2026-02-13",
    start: "16:45",
    end: "17:00",
    kind: "break",
    title: "Coffee break",
    translations: COFFEE_BREAK,
    description: "",
    place: "Foyer",
    visibility: "public",
  },
  {
    day: "2026-02-13",
    start: "17:00",
    end: "18:30",
    kind: "working_group",
    title: COOPERATION_SESSION_TITLE,
    description:
      "A separate session on joint projects, public-communication strategies and mechanisms of interaction between the two societies, aimed at practical recommendations for trust-building, public diplomacy and the rapprochement of societies.",
    place: "Cedar room",
    visibility: "public",
    moderators: ["delegate@example.org", "lilit.hovhannisyan@example.org"],
  },
  {
    day: "2026-02-13",
    start: "18:45",
    end: "19:45",
    kind: "meeting_with_officials",
    title: SECURITY_COUNCIL_MEETING_TITLE,
    description:
      "An exchange of views on the role of civil society in supporting the peace agenda and on how public initiatives can complement official efforts.",
    place: "Pine room",
    visibility: "public",
    closedDoor: true,
    officials: ["Armen Grigoryan"],
  },
  {
    day: "2026-02-13",
    start: "20:00",
    end: "22:30",
    kind: "cultural_social",
    title: "Informal cultural and social evening",
    description: "Dinner with music from both countries: an informal evening for person-to-person contacts between the delegations.",
    place: "Terrace restaurant",
    visibility: "delegates",
  },

  // ── Day 2 · Saturday 14 February 2026 ────────────────────────────────────────────────────────
  {
    day: "2026-02-14",
    start: "08:30",
    end: "09:15",
    kind: "working_group",
    title: "Organizers' logistics briefing",
    description: "Return transfer, border-crossing timings and the manifest, press-conference set-up.",
    place: "Organizers' office, room 104",
    visibility: "organizers",
  },
  {
    day: "2026-02-14",
    start: "09:30",
    end: "11:00",
    kind: "thematic_session",
    title: "The benefits of a lasting peace",
    description: "The benefits of a sustainable peace and the possible socio-economic gains of building relations between the two societies.",
    place: "Main hall",
    visibility: "public",
    speakers: ["ulviyya.sadigova@example.org", "anahit.mkrtchyan@example.org"],
  },
  {
    day: "2026-02-14",
    start: "11:00",
    end: "11:15",
    kind: "break",
    title: "Coffee break",
    translations: COFFEE_BREAK,
    description: "",
    place: "Foyer",
    visibility: "public",
  },
  {
    day: "2026-02-14",
    start: "11:15",
    end: "12:45",
    kind: "thematic_session",
    title: EXPECTATIONS_SESSION_TITLE,
    description: "What people in Azerbaijan and Armenia expect from the peace process, and how its real results can reach citizens on both sides.",
    place: "Main hall",
    visibility: "public",
    moderators: ["gunel.ismayilova@example.org", "mariam.ghazaryan@example.org"],
    speakers: ["sabina.guliyeva@example.org", "lusine.sargsyan@example.org"],
  },
  {
    day: "2026-02-14",
    start: "12:45",
    end: "13:45",
    kind: "break",
    title: "Lunch",
    translations: LUNCH,
    description: "",
    place: "Terrace restaurant",
    visibility: "public",
  },
  {
    day: "2026-02-14",
    start: "14:00",
    end: "15:00",
    kind: "meeting_with_officials",
    title: "Meeting with the Deputy Minister of Foreign Affairs of Armenia",
    description: "Discussion of the peace agenda and of how dialogue between the societies can complement the official negotiation track.",
    place: "Pine room",
    visibility: "public",
    officials: ["Vahan Kostanyan"],
  },
  {
    day: "2026-02-14",
    start: "15:30",
    end: "16:30",
    kind: "press_conference",
    title: "Final press conference",
    translations: { ru: { title: "Итоговая пресс-конференция" }, az: { title: "Yekun mətbuat konfransı" }, hy: { title: "Եզրափակիչ մամուլի ասուլիս" } },
    description: "The heads of both delegations announce the results of the discussions and answer questions from the press.",
    place: "Main hall",
    visibility: "public",
    speakers: ["rauf.huseynov@example.org", "ani.petrosyan@example.org"],
  },
  {
    day: "2026-02-14",
    start: "17:00",
    end: "19:30",
    kind: "travel",
    title: "Return transfer to the border",
    description: "Coach transfer from Tsaghkadzor to Voskepar.",
    place: "Coach from the venue",
    visibility: "delegates",
  },
  {
    day: "2026-02-14",
    start: "19:30",
    end: "20:30",
    kind: "travel",
    title: "Border crossing (exit) of the Azerbaijani delegation",
    description: "The Azerbaijani delegation returns to Azerbaijan through the same delimited section of the border near Voskepar and Ashagy Eskipara.",
    place: "Ashagy Eskipara – Voskepar border section",
    visibility: "delegates",
  },
];
