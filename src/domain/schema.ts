/**
 * Schemas for everything that crosses a trust boundary: the content files in `data/`,
 * the questionnaire answers, and the user's data as stored in the browser.
 * The app, the build and the tests all validate with these same functions.
 */
import * as v from 'valibot'
import { deepFreeze } from './frozen'
import { hasControlChars, hasVisibleText } from './text'

export const LOCALES = ['ko', 'en'] as const
export const GOALS = ['ai-engineer', 'research-engineer', 'fullstack-ml', 'pm'] as const
export const BACKENDS = ['django', 'flask', 'spring'] as const
export const FRONTENDS = ['react', 'vue', 'angular'] as const
export const DEMO_TOOLS = ['own-page', 'streamlit', 'dash'] as const
export const FRAMEWORKS = ['pytorch', 'tensorflow'] as const
export const GRAD_PATHS = ['internship', 'masters', 'phd', 'none'] as const
export const STATUSES = ['todo', 'in-progress', 'done', 'skipped'] as const
export const TRACK_KINDS = ['ml', 'other'] as const
/** Milestones of these kinds carry structured evidence (schema v3). */
export const EVIDENCE_KINDS = ['paper', 'reproduction', 'project'] as const
/** Which way a reproduction's metric improves: accuracy up, error rate down. */
export const METRIC_DIRECTIONS = ['higher', 'lower'] as const
export const THEMES = ['system', 'light', 'dark'] as const
export const ADVICE_TOPICS = [
  'strategy',
  'ml',
  'web',
  'projects',
  'career',
  'research',
  'infra',
] as const
/** Questionnaire questions a choice group can be driven by. */
export const CHOICE_QUESTIONS = ['backend', 'frontend', 'demo', 'framework', 'grad'] as const
/** Questions a template milestone's text can vary by. */
export const VARIANT_QUESTIONS = ['goal', ...CHOICE_QUESTIONS] as const
/**
 * What a user may say they have already done (questionnaire)… The template milestone that names
 * one of these starts done.
 */
export const KNOWN_DONE = [
  'framework-basics',
  'classifier',
  'detector',
  'web-basics',
  'fe-basics',
  'docker-basics',
] as const
/** …and the web frameworks they know (the backend and frontend answers). */
export const KNOWN_FRAMEWORKS = [...BACKENDS, ...FRONTENDS] as const
export const KNOWN_ITEMS = [...KNOWN_DONE, ...KNOWN_FRAMEWORKS] as const
/** The mentor's chain: papers → reproduction → open source, and reproduction → demo → service. */
export const STAGES = ['paper', 'reproduction', 'open-source', 'demo', 'service'] as const

export const MIN_WEEKLY_HOURS = 1
export const MAX_WEEKLY_HOURS = 100
export const MAX_TITLE_LENGTH = 200
export const MAX_NOTES_LENGTH = 20_000
/** The largest estimate a milestone may carry, in hours. */
export const MAX_ESTIMATE_HOURS = 10_000
/** A short note: a time entry's note, a skip reason, an obstacle, a weekly review's line. */
export const MAX_SHORT_NOTE_LENGTH = MAX_TITLE_LENGTH * 5
export const MAX_TAKEAWAY_LENGTH = 2_000
export const MAX_OBSTACLES = 30
export const MAX_PAPERS_PER_MILESTONE = 500
/**
 * Card positions stay within ±1,000,000 graph units in each direction: far beyond any layout a
 * person makes (a few thousand), and small enough to draw, fit and export (1e308 is finite, but
 * the view and the SVG break on it).
 */
export const MAX_COORDINATE = 1_000_000

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
  v.maxLength(80),
)
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1))
const IsoDate = v.pipe(v.string(), v.isoTimestamp())
const HexColor = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i))

/** Text in both languages, as the content files carry it. Both must be filled. */
export const ContentTextSchema = v.strictObject({ ko: NonEmpty, en: NonEmpty })
/** User text of at most `max` characters, without control characters (tab and line breaks are fine). */
function userString(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => !hasControlChars(s), 'control characters are not allowed'),
  )
}
/** Empty, or with something that shows: never only zero-width or blank characters. */
const TextSide = v.pipe(
  userString(MAX_TITLE_LENGTH * 10),
  v.check((s) => s === '' || hasVisibleText(s), 'text has no visible characters'),
)
/** Text in both languages in user data: one side may be empty (user-made milestones). */
export const TextSchema = v.pipe(
  v.object({ ko: TextSide, en: TextSide }),
  v.check((t) => t.ko !== '' || t.en !== '', 'text is empty in both languages'),
)

/** Only links a user could safely open. */
export const UrlSchema = v.pipe(
  v.string(),
  v.url(),
  v.check((u) => /^(https?:|mailto:)/i.test(u), 'only http, https and mailto links are allowed'),
)
export const LinkSchema = v.object({
  label: userString(MAX_TITLE_LENGTH),
  url: UrlSchema,
})

// ---------------------------------------------------------------- content files

export const AdviceSchema = v.strictObject({
  id: Id,
  topic: v.picklist(ADVICE_TOPICS),
  quoteKo: NonEmpty,
  summary: ContentTextSchema,
})
export const AdviceListSchema = v.array(AdviceSchema)

export const TemplateTrackSchema = v.strictObject({
  id: Id,
  kind: v.picklist(TRACK_KINDS),
  title: ContentTextSchema,
  description: ContentTextSchema,
  color: HexColor,
})

export const TemplateMilestoneSchema = v.strictObject({
  id: Id,
  track: Id,
  title: ContentTextSchema,
  description: ContentTextSchema,
  estimateHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000)),
  prerequisites: v.array(Id),
  advice: v.pipe(v.array(Id), v.minLength(1, 'every milestone cites at least one advice entry')),
  links: v.optional(v.array(LinkSchema)),
  /** Included only for these goals; absent = every goal. */
  goals: v.optional(v.pipe(v.array(v.picklist(GOALS)), v.minLength(1))),
  /** The evidence that shows this milestone is really done (papers, a reproduction, a project). */
  evidence: v.optional(v.picklist(EVIDENCE_KINDS)),
  /** Starts done when the user says in the questionnaire that they have done or know this. */
  known: v.optional(v.picklist(KNOWN_ITEMS)),
  /** Its step in the mentor's chain (papers → reproduction → open source / demo → service). */
  stage: v.optional(v.picklist(STAGES)),
  /** Text that depends on an answer (the first variant whose answer matches applies). */
  variants: v.optional(
    v.array(
      v.strictObject({
        question: v.picklist(VARIANT_QUESTIONS),
        answer: v.string(),
        title: v.optional(ContentTextSchema),
        description: v.optional(ContentTextSchema),
        links: v.optional(v.array(LinkSchema)),
      }),
    ),
  ),
})

export const TemplateChoiceGroupSchema = v.strictObject({
  id: Id,
  question: v.picklist(CHOICE_QUESTIONS),
  title: ContentTextSchema,
  options: v.pipe(v.array(v.strictObject({ answer: v.string(), milestone: Id })), v.minLength(2)),
  /** The answer value the mentor recommends, or null when he names no pick. */
  mentorPick: v.nullable(v.string()),
  reason: ContentTextSchema,
  advice: v.pipe(v.array(Id), v.minLength(1)),
  /**
   * The pick follows what the user already knows: the first option (in order) they know,
   * the mentor's pick when they know none ("세개 다 모른다면 … React").
   */
  knownPick: v.optional(v.boolean()),
  /**
   * Where the mentor names no pick: the answer the questionnaire starts from, and why, said
   * beside it. The first preset whose goals include the user's goal (or that names none) applies.
   */
  presets: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          answer: v.string(),
          goals: v.optional(v.pipe(v.array(v.picklist(GOALS)), v.minLength(1))),
          why: ContentTextSchema,
        }),
      ),
      v.minLength(1),
    ),
  ),
})

export const TemplateSchema = v.strictObject({
  templateVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tracks: v.pipe(v.array(TemplateTrackSchema), v.minLength(1)),
  milestones: v.pipe(v.array(TemplateMilestoneSchema), v.minLength(1)),
  choiceGroups: v.array(TemplateChoiceGroupSchema),
})

// ---------------------------------------------------------------- answers

/** Study hours per week: a whole number in 1…100. */
export const WeeklyHoursSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(MIN_WEEKLY_HOURS),
  v.maxValue(MAX_WEEKLY_HOURS),
)

/** Weekly hours from what a user typed, or null when it is not a valid number of hours. */
export function parseWeeklyHours(input: string | number): number | null {
  if (typeof input === 'string' && input.trim() === '') return null
  const parsed = v.safeParse(WeeklyHoursSchema, Number(input))
  return parsed.success ? parsed.output : null
}

export const AnswersSchema = v.object({
  goal: v.picklist(GOALS),
  hoursPerWeek: WeeklyHoursSchema,
  backend: v.picklist(BACKENDS),
  frontend: v.picklist(FRONTENDS),
  demo: v.picklist(DEMO_TOOLS),
  framework: v.picklist(FRAMEWORKS),
  grad: v.picklist(GRAD_PATHS),
  /** What the user has already done or knows; absent in roadmaps made before template v3. */
  known: v.optional(v.array(v.picklist(KNOWN_ITEMS))),
})

// ---------------------------------------------------------------- validation by identity

/**
 * `schema`, remembering the objects it accepted: an object seen valid before passes again at the
 * cost of a lookup, so saving years of data validates only the records that changed. Sound
 * because an accepted object is deep-frozen (`frozen.ts`) before it is remembered, and the
 * output given for it is the object itself. Both the input and valibot's output (a new object,
 * the one a load hands to the stores) are remembered. Only success is remembered; a failure is
 * checked again every time, with its full report.
 */
function memoized<S extends v.GenericSchema>(schema: S, valid: WeakSet<object>): S {
  return {
    ...schema,
    '~run'(dataset: { value: unknown; typed?: boolean }, config: v.Config<v.BaseIssue<unknown>>) {
      const input = dataset.value
      const object = typeof input === 'object' && input !== null
      if (object && valid.has(input)) {
        dataset.typed = true
        return dataset
      }
      const out = schema['~run'](dataset as never, config)
      if (object && out.typed && !out.issues) {
        valid.add(deepFreeze(input))
        if (typeof out.value === 'object' && out.value !== null) valid.add(deepFreeze(out.value))
      }
      return out
    },
  } as S
}

/** The objects each record schema accepted (see `memoized`). */
const accepted = {
  milestone: new WeakSet<object>(),
  edge: new WeakSet<object>(),
  track: new WeakSet<object>(),
  choiceGroup: new WeakSet<object>(),
  roadmap: new WeakSet<object>(),
  /** Whole lists, one set per kind (an edit replaces the list it changes, shares the others). */
  milestones: new WeakSet<object>(),
  edges: new WeakSet<object>(),
  tracks: new WeakSet<object>(),
  choiceGroups: new WeakSet<object>(),
  entries: new WeakSet<object>(),
  entry: new WeakSet<object>(),
  review: new WeakSet<object>(),
  weekPlan: new WeakSet<object>(),
  timeLog: new WeakSet<object>(),
}

// ---------------------------------------------------------------- user data

const IsoDaySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD'),
  v.check((d) => {
    const t = Date.parse(`${d}T00:00:00Z`)
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d)
  }, 'not a real date'),
)
const ShortText = v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH))
const FiniteNumber = v.pipe(v.number(), v.finite())

// ---------------------------------------------------------------- evidence (schema v3)

/** A paper the user read (or means to read): the paper log is made of these. */
export const PaperSchema = v.object({
  id: Id,
  title: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'a paper needs a title'),
    v.maxLength(MAX_TITLE_LENGTH),
  ),
  /** Where it was published, e.g. "CVPR"; peer-reviewed venues are what the mentor asks for. */
  venue: ShortText,
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  /** arXiv, DOI or any http(s) link. */
  url: v.nullable(UrlSchema),
  takeaway: v.pipe(v.string(), v.maxLength(MAX_TAKEAWAY_LENGTH)),
  /** The day it was read; null = still to read. */
  readOn: v.nullable(IsoDaySchema),
})

/** Reproducing a paper's result: the gap between reported and reproduced is the point. */
export const ReproductionSchema = v.object({
  id: Id,
  /** The paper it reproduces, by title (usually one from the paper log). */
  paper: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'name the paper it reproduces'),
    v.maxLength(MAX_TITLE_LENGTH),
  ),
  metric: ShortText,
  better: v.picklist(METRIC_DIRECTIONS),
  reported: v.nullable(FiniteNumber),
  reproduced: v.nullable(FiniteNumber),
  framework: v.nullable(v.picklist(FRAMEWORKS)),
  repoUrl: v.nullable(UrlSchema),
  /** The day it was last worked on (for the paper log's months). */
  updatedOn: v.nullable(IsoDaySchema),
})

/** An open-source release, a web demo or a published service: the interview story. */
export const ProjectEvidenceSchema = v.object({
  /** v4, optional: the project's own name, its heading on the portfolio (else the milestone's title). */
  name: v.optional(ShortText),
  /** What was built, in the user's words. */
  summary: v.pipe(v.string(), v.maxLength(MAX_TAKEAWAY_LENGTH)),
  stack: ShortText,
  repoUrl: v.nullable(UrlSchema),
  demoUrl: v.nullable(UrlSchema),
  tool: v.nullable(v.picklist(DEMO_TOOLS)),
  publishedOn: v.nullable(IsoDaySchema),
  /** Obstacles overcome, one short note each. */
  obstacles: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(MAX_SHORT_NOTE_LENGTH))),
    v.maxLength(MAX_OBSTACLES),
  ),
})

export const EvidenceSchema = v.object({
  papers: v.pipe(v.array(PaperSchema), v.maxLength(MAX_PAPERS_PER_MILESTONE)),
  reproductions: v.pipe(v.array(ReproductionSchema), v.maxLength(MAX_PAPERS_PER_MILESTONE)),
  project: v.nullable(ProjectEvidenceSchema),
})

export const TrackSchema = v.object({
  id: Id,
  kind: v.picklist(TRACK_KINDS),
  title: TextSchema,
  description: v.optional(TextSchema),
  color: HexColor,
})

/** One coordinate of a card's centre, in graph units. */
const Coordinate = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(-MAX_COORDINATE),
  v.maxValue(MAX_COORDINATE),
)

export const MilestoneSchema = v.object({
  id: Id,
  title: TextSchema,
  description: v.optional(TextSchema),
  track: Id,
  status: v.picklist(STATUSES),
  estimateHours: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_ESTIMATE_HOURS)),
  notes: userString(MAX_NOTES_LENGTH),
  links: v.array(LinkSchema),
  advice: v.array(Id),
  position: v.optional(v.object({ x: Coordinate, y: Coordinate })),
  /** The choice group this milestone is an option of. */
  choiceGroup: v.optional(Id),
  /** Why the user skipped it, in their words (choice-group skips explain themselves). */
  skipReason: v.optional(userString(MAX_SHORT_NOTE_LENGTH)),
  /** v3: the kind of evidence this milestone needs before "done" means something. */
  evidenceKind: v.optional(v.picklist(EVIDENCE_KINDS)),
  /** v3: what the user recorded as evidence (any milestone may have it). */
  evidence: v.optional(EvidenceSchema),
  /** v3: when the status last changed (absent for milestones older than v3). */
  statusChangedAt: v.optional(IsoDate),
})

/** `from` must be done (or skipped) before `to`: from is a prerequisite of to. */
export const EdgeSchema = v.object({ from: Id, to: Id })

export const ChoiceGroupSchema = v.object({
  id: Id,
  question: v.picklist(CHOICE_QUESTIONS),
  title: TextSchema,
  options: v.pipe(v.array(Id), v.minLength(2)),
  chosen: v.nullable(Id),
  mentorPick: v.nullable(Id),
  reason: TextSchema,
  advice: v.array(Id),
})

export const RoadmapSchema = v.object({
  id: Id,
  name: userString(MAX_TITLE_LENGTH),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  templateVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  answers: AnswersSchema,
  weeklyHours: WeeklyHoursSchema,
  tracks: memoized(v.array(memoized(TrackSchema, accepted.track)), accepted.tracks),
  milestones: memoized(v.array(memoized(MilestoneSchema, accepted.milestone)), accepted.milestones),
  edges: memoized(v.array(memoized(EdgeSchema, accepted.edge)), accepted.edges),
  choiceGroups: memoized(
    v.array(memoized(ChoiceGroupSchema, accepted.choiceGroup)),
    accepted.choiceGroups,
  ),
})

// ---------------------------------------------------------------- time log (schema v2)

const Minutes = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max))
const Share = v.pipe(v.number(), v.minValue(0), v.maxValue(1))

export const TimeEntrySchema = v.object({
  id: Id,
  /** The local calendar day the study happened. */
  day: IsoDaySchema,
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)),
  track: Id,
  /** May outlive the milestone it was logged against; then it counts for the track only. */
  milestone: v.nullable(Id),
  note: v.pipe(v.string(), v.maxLength(MAX_SHORT_NOTE_LENGTH)),
  createdAt: IsoDate,
})

export const BandSchema = v.pipe(
  v.object({ low: Share, high: Share }),
  v.check((b) => b.low <= b.high, 'the band’s low end is above its high end'),
)

/** A saved weekly review: what the week looked like then, and the user's one-line note. */
export const ReviewSchema = v.object({
  id: Id,
  /** The first day of the reviewed week (in the user's week start). */
  weekStart: IsoDaySchema,
  savedAt: IsoDate,
  note: v.pipe(v.string(), v.maxLength(MAX_SHORT_NOTE_LENGTH)),
  /** Milestones done that week, with their titles as they were. */
  done: v.array(v.object({ id: Id, title: TextSchema })),
  /** Minutes per track logged that week. */
  minutesByTrack: v.array(
    v.object({ track: Id, minutes: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ),
  /** In-progress milestones untouched for 14+ days at the time of the review. */
  stale: v.array(Id),
})

/** A week the user accepted: what to work on and for how long (its `id` is its first day). */
export const WeekPlanSchema = v.pipe(
  v.object({
    id: IsoDaySchema,
    acceptedAt: IsoDate,
    items: v.array(
      v.object({
        /** The milestone's id (a record key, so two tabs' changes merge by milestone). */
        id: Id,
        track: Id,
        minutes: v.pipe(Minutes(100 * 60), v.minValue(1)),
        /** The user pinned it: proposing again keeps it, with these minutes. */
        pinned: v.boolean(),
      }),
    ),
  }),
  v.check(
    (w) => new Set(w.items.map((i) => i.id)).size === w.items.length,
    'a milestone appears twice in a week’s plan',
  ),
  v.check(
    (w) => w.items.reduce((s, i) => s + i.minutes, 0) <= 100 * 60,
    'a week’s plan holds more than 100 hours',
  ),
)

/** When the user studies, for the week's calendar file: ISO weekdays and the start time. */
export const StudyTimesSchema = v.object({
  days: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
    v.minLength(1),
    v.maxLength(7),
  ),
  startMinute: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 - 15)),
})

export const TimeLogSchema = v.object({
  entries: memoized(v.array(memoized(TimeEntrySchema, accepted.entry)), accepted.entries),
  /** Planned minutes per week for each track. */
  weeklyTargets: v.array(v.object({ track: Id, minutes: Minutes(100 * 60) })),
  /** The ML share the user aims for; the mentor's is 70–80%. */
  mlBand: BandSchema,
  /** v3: weekly reviews, newest last. */
  reviews: v.array(memoized(ReviewSchema, accepted.review)),
  /** v3, optional: the first day of the week whose review reminder the user dismissed. */
  reviewDismissedWeek: v.optional(IsoDaySchema),
  /** Optional (old data stays valid): the weeks the user accepted, oldest first. */
  weekPlans: v.optional(v.array(memoized(WeekPlanSchema, accepted.weekPlan))),
  /** Optional: the days and time the week's calendar file puts the study sessions at. */
  studyTimes: v.optional(StudyTimesSchema),
})

export const TimerSchema = v.object({
  roadmapId: Id,
  track: Id,
  milestone: v.nullable(Id),
  runningSince: v.nullable(IsoDate),
  accumulatedMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365 * 86_400_000)),
  day: IsoDaySchema,
})

export const SettingsSchema = v.object({
  /** null = follow the browser's language. */
  locale: v.nullable(v.picklist(LOCALES)),
  /** When the user last downloaded an export or backup (absent before it existed). */
  lastExportAt: v.optional(v.nullable(IsoDate)),
  /** v3: colour scheme; absent = follow the system. */
  theme: v.optional(v.picklist(THEMES)),
})

/** Only web links (http, https): a profile's GitHub, LinkedIn and blog. */
export const WebUrlSchema = v.pipe(
  UrlSchema,
  v.check((u) => /^https?:/i.test(u), 'only http and https links are allowed'),
)
/** An e-mail address the portfolio links with `mailto:`; nothing that could break the link. */
export const EmailSchema = v.pipe(
  v.string(),
  v.maxLength(254),
  v.regex(/^[\w.!#$%&*+/=?^{|}~-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i, 'not an e-mail address'),
)

/**
 * v4: who the portfolio is by, app-wide (one person, whatever roadmap is open): their name, a
 * one-line headline and contact links. Empty strings and nulls while not given.
 */
export const ProfileSchema = v.object({
  name: userString(MAX_TITLE_LENGTH),
  headline: userString(MAX_TITLE_LENGTH),
  email: v.nullable(EmailSchema),
  github: v.nullable(WebUrlSchema),
  linkedin: v.nullable(WebUrlSchema),
  website: v.nullable(WebUrlSchema),
})

export const AppDataSchema = v.object({
  roadmaps: v.array(memoized(RoadmapSchema, accepted.roadmap)),
  activeRoadmapId: v.nullable(Id),
  settings: SettingsSchema,
  /** Time logs by roadmap id: kept beside roadmaps so undoing an edit never drops logged time. */
  timeLogs: v.record(Id, memoized(TimeLogSchema, accepted.timeLog)),
  /** At most one running timer, app-wide. */
  timer: v.nullable(TimerSchema),
  /** v4: the portfolio's name and contact line, app-wide. */
  profile: ProfileSchema,
})

export type Locale = (typeof LOCALES)[number]
export type Goal = (typeof GOALS)[number]
export type Status = (typeof STATUSES)[number]
export type TrackKind = (typeof TRACK_KINDS)[number]
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number]
export type Theme = (typeof THEMES)[number]
export type AdviceTopic = (typeof ADVICE_TOPICS)[number]
export type ChoiceQuestion = (typeof CHOICE_QUESTIONS)[number]
export type VariantQuestion = (typeof VARIANT_QUESTIONS)[number]
export type KnownItem = (typeof KNOWN_ITEMS)[number]
export type Stage = (typeof STAGES)[number]
export type Text = v.InferOutput<typeof TextSchema>
export type Link = v.InferOutput<typeof LinkSchema>
export type Advice = v.InferOutput<typeof AdviceSchema>
export type Template = v.InferOutput<typeof TemplateSchema>
export type TemplateMilestone = v.InferOutput<typeof TemplateMilestoneSchema>
export type TemplateChoiceGroup = v.InferOutput<typeof TemplateChoiceGroupSchema>
export type Answers = v.InferOutput<typeof AnswersSchema>
export type Track = v.InferOutput<typeof TrackSchema>
export type Milestone = v.InferOutput<typeof MilestoneSchema>
export type Edge = v.InferOutput<typeof EdgeSchema>
export type ChoiceGroup = v.InferOutput<typeof ChoiceGroupSchema>
export type Roadmap = v.InferOutput<typeof RoadmapSchema>
export type Settings = v.InferOutput<typeof SettingsSchema>
export type TimeEntry = v.InferOutput<typeof TimeEntrySchema>
export type TimeLog = v.InferOutput<typeof TimeLogSchema>
export type Band = v.InferOutput<typeof BandSchema>
export type WeekPlan = v.InferOutput<typeof WeekPlanSchema>
export type StudyTimes = v.InferOutput<typeof StudyTimesSchema>
export type Timer = v.InferOutput<typeof TimerSchema>
export type Paper = v.InferOutput<typeof PaperSchema>
export type Reproduction = v.InferOutput<typeof ReproductionSchema>
export type ProjectEvidence = v.InferOutput<typeof ProjectEvidenceSchema>
export type Evidence = v.InferOutput<typeof EvidenceSchema>
export type Review = v.InferOutput<typeof ReviewSchema>
export type Profile = v.InferOutput<typeof ProfileSchema>
export type AppData = v.InferOutput<typeof AppDataSchema>

/** A validation outcome the UI can show: the value, or readable problems with where they are. */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: string[] }

function describe(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 20).map((issue) => {
    const path = v.getDotPath(issue)
    return path ? `${path}: ${issue.message}` : issue.message
  })
}

export function parseWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problems: describe(result.issues) }
}

/**
 * Remembers every record of `data` as valid, without checking it (deep-freezing it, as
 * `memoized` does): only for data this version validated before it wrote it, read back intact
 * (`storage/envelope.ts` checks its digest). Validating it afterwards costs only what
 * `validateAppData` checks across records. One step per record, so a caller can spread the work
 * over several tasks.
 */
export function* trustSteps(data: AppData): Generator<void, AppData> {
  // The roadmaps and logs, not `data` itself: its other parts (settings, profile) are small,
  // validated in full every time, and the stores may keep them as they are.
  // Each list with the sets of its items and of itself (none for the short, unmemoized ones).
  const lists: [WeakSet<object>, WeakSet<object> | null, readonly object[] | undefined][] = []
  for (const r of data.roadmaps)
    lists.push(
      [accepted.milestone, accepted.milestones, r.milestones],
      [accepted.edge, accepted.edges, r.edges],
      [accepted.track, accepted.tracks, r.tracks],
      [accepted.choiceGroup, accepted.choiceGroups, r.choiceGroups],
    )
  for (const log of Object.values(data.timeLogs))
    lists.push(
      [accepted.entry, accepted.entries, log.entries],
      [accepted.review, null, log.reviews],
      [accepted.weekPlan, null, log.weekPlans],
    )
  for (const [set, , items] of lists)
    for (const item of items ?? []) {
      set.add(deepFreeze(item))
      yield
    }
  for (const [, set, items] of lists) if (set && items) set.add(deepFreeze(items))
  for (const r of data.roadmaps) accepted.roadmap.add(deepFreeze(r))
  for (const log of Object.values(data.timeLogs)) accepted.timeLog.add(deepFreeze(log))
  return data
}

/** The record schemas that remember what they accepted, for validating records one at a time. */
export const RecordSchemas = {
  milestone: RoadmapSchema.entries.milestones.item,
  edge: RoadmapSchema.entries.edges.item,
  track: RoadmapSchema.entries.tracks.item,
  choiceGroup: RoadmapSchema.entries.choiceGroups.item,
  entry: TimeLogSchema.entries.entries.item,
} as const
