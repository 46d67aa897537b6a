/**
 * The portfolio a trainee sends to a recruiter: who they are (the app-wide profile), their
 * finished side projects under their own names, the papers they reproduced with the paper's
 * number beside theirs, and the papers they read — and the same page as Markdown. Only the
 * user's own words and numbers go in; the app adds nothing but its labels.
 */
import { hasNumbers, reproductionGap, type Gap } from './evidence'
import { localize } from './locale'
import { paperLog, type PaperRow, type ReproductionRow } from './paperLog'
import { linkHref, linkText, PROFILE_LINKS } from './profile'
import type {
  DEMO_TOOLS,
  Locale,
  MetricDirection,
  Profile,
  ProjectEvidence,
  Reproduction,
  Roadmap,
  Text,
} from './schema'

export interface PortfolioProject {
  milestoneId: string
  /** The milestone's title: the heading only when the project has no name of its own. */
  title: Text
  /** null when a project-kind milestone is done but its project was never described. */
  project: ProjectEvidence | null
  reproductions: { reproduction: Reproduction; gap: Gap | null }[]
}
export interface PortfolioModel {
  profile: Profile
  roadmapName: string
  projects: PortfolioProject[]
  /**
   * Reproductions with both numbers that are not part of a project shown above, in roadmap
   * order, with the venue and year of the logged paper they reproduce.
   */
  reproductions: ReproductionRow[]
  /** Papers marked read, one per title (the first recorded), the latest read first. */
  papers: PaperRow[]
  /** Done project milestones with nothing recorded: left out of the page, named beside it. */
  unrecorded: { milestoneId: string; title: Text }[]
  /** Reproductions still without both numbers (and their metric): left out, named beside it. */
  unfinished: string[]
}

/** A project's heading: its own name, or the milestone's title when it has none. */
export function projectHeading(item: PortfolioProject, locale: Locale): string {
  return item.project?.name?.trim() || localize(item.title, locale)
}

const isBlank = (p: ProjectEvidence | null) =>
  !p ||
  (!p.name?.trim() &&
    !p.summary.trim() &&
    !p.stack.trim() &&
    !p.repoUrl &&
    !p.demoUrl &&
    !p.tool &&
    !p.publishedOn &&
    !p.obstacles.some((o) => o.trim()))

const titleKey = (s: string) => s.trim().toLocaleLowerCase()

/**
 * Finished side projects: milestones that are done and are either of the project kind or carry
 * project evidence, in roadmap order, with the reproductions recorded on them. A done project
 * with nothing recorded (marked "done anyway") has nothing to show, so it is listed apart.
 * Then every other reproduction that has its numbers, and every paper read.
 */
export function portfolioModel(roadmap: Roadmap, profile: Profile): PortfolioModel {
  const done = roadmap.milestones.filter(
    (m) => m.status === 'done' && (m.evidenceKind === 'project' || !!m.evidence?.project),
  )
  const recorded = (m: (typeof done)[number]) =>
    !isBlank(m.evidence?.project ?? null) || (m.evidence?.reproductions.length ?? 0) > 0
  const projects = done.filter(recorded)
  const onProjects = new Set(projects.map((m) => m.id))
  const log = paperLog(roadmap)
  const elsewhere = log.reproductions.filter((r) => !onProjects.has(r.milestoneId))
  const seen = new Set<string>()
  const papers = log.papers
    .filter(({ paper }) => {
      const key = titleKey(paper.title)
      if (paper.readOn === null || seen.has(key)) return false
      seen.add(key)
      return true
    })
    // Stable: papers read the same day keep the order they were recorded in.
    .sort((a, b) => (b.paper.readOn ?? '').localeCompare(a.paper.readOn ?? ''))
  return {
    profile,
    roadmapName: roadmap.name,
    projects: projects.map((m) => ({
      milestoneId: m.id,
      title: m.title,
      project: m.evidence?.project ?? null,
      reproductions: (m.evidence?.reproductions ?? []).map((r) => ({
        reproduction: r,
        gap: reproductionGap(r.reported, r.reproduced, r.better),
      })),
    })),
    reproductions: elsewhere.filter((r) => hasNumbers(r.reproduction)),
    papers,
    unrecorded: done
      .filter((m) => !recorded(m))
      .map((m) => ({ milestoneId: m.id, title: m.title })),
    unfinished: elsewhere
      .filter((r) => !hasNumbers(r.reproduction))
      .map((r) => r.reproduction.paper),
  }
}

/** Whether the page has any work on it (a profile alone is not a portfolio yet). */
export const hasWork = (m: PortfolioModel) =>
  m.projects.length + m.reproductions.length + m.papers.length > 0

/** The app's labels for the Markdown, in the chosen language. */
export interface PortfolioStrings {
  /** The title when the profile has no name. */
  heading: string
  projects: string
  reproductions: string
  papers: string
  built: string
  stack: string
  links: string
  repo: string
  demo: string
  code: string
  tool: string
  tools: Record<(typeof DEMO_TOOLS)[number], string>
  published: string
  numbers: string
  obstacles: string
  /**
   * One reproduction's numbers as a line ("top-1 accuracy (higher is better): reported …,
   * reproduced …, gap …"). `metric` arrives already escaped; the numbers are the app's to format.
   */
  result: (parts: ResultParts) => string
  day: (iso: string) => string
}

export interface ResultParts {
  metric: string
  better: MetricDirection
  reported: number | null
  reproduced: number | null
  gap: Gap | null
}

/**
 * Escapes user text for Markdown so it stays text: no links, images, HTML, emphasis, headings,
 * lists or autolinks can come out of it. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&:=@"']/g, (c) => `\\${c}`)
}

/** A checked URL as a Markdown link target: characters that could end it are encoded. */
function linkTarget(url: string): string {
  return url.replace(/[\s()<>\\"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** A Markdown link, only to http(s) and mailto targets; null for anything else. */
function link(label: string, url: string | null): string | null {
  if (!url || !/^(https?:\/\/|mailto:)/i.test(url)) return null
  return `[${escapeMarkdown(label)}](${linkTarget(url)})`
}

/** "CVPR 2016", "CVPR", "2016" or '' (escaped). */
function source(venue: string, year: number | null): string {
  return [escapeMarkdown(venue), year === null ? '' : String(year)].filter(Boolean).join(' ')
}

function resultLine(r: Reproduction, gap: Gap | null, strings: PortfolioStrings): string {
  return strings.result({
    metric: escapeMarkdown(r.metric),
    better: r.better,
    reported: r.reported,
    reproduced: r.reproduced,
    gap,
  })
}

/** One reproduction as a list item: the paper (and where it appeared), its numbers, its code. */
function reproductionItem(
  r: Reproduction,
  gap: Gap | null,
  from: string,
  strings: PortfolioStrings,
): string {
  const code = link(strings.code, r.repoUrl)
  return [
    `- **${escapeMarkdown(r.paper)}**${from ? ` (${from})` : ''} — ${resultLine(r, gap, strings)}`,
    code ? ` · ${code}` : '',
  ].join('')
}

function profileLines(profile: Profile, strings: PortfolioStrings): string[] {
  const out = [`# ${escapeMarkdown(profile.name) || strings.heading}`, '']
  if (profile.headline.trim()) out.push(escapeMarkdown(profile.headline), '')
  const contacts = PROFILE_LINKS.flatMap((key) => {
    const value = profile[key]
    const md = value ? link(linkText(key, value), linkHref(key, value)) : null
    return md ? [md] : []
  })
  if (contacts.length) out.push(contacts.join(' · '), '')
  return out
}

function projectLines(item: PortfolioProject, strings: PortfolioStrings, locale: Locale) {
  const out = [`### ${escapeMarkdown(projectHeading(item, locale))}`, '']
  const p = item.project
  if (p?.summary.trim()) out.push(`**${strings.built}:** ${escapeMarkdown(p.summary)}`, '')
  if (p?.stack.trim()) out.push(`**${strings.stack}:** ${escapeMarkdown(p.stack)}`, '')
  const links = [link(strings.repo, p?.repoUrl ?? null), link(strings.demo, p?.demoUrl ?? null)]
  const present = links.filter((l): l is string => l !== null)
  if (present.length) out.push(`**${strings.links}:** ${present.join(' · ')}`, '')
  if (p?.tool) out.push(`**${strings.tool}:** ${strings.tools[p.tool]}`, '')
  if (p?.publishedOn) out.push(`**${strings.published}:** ${strings.day(p.publishedOn)}`, '')
  if (item.reproductions.length) {
    out.push(`**${strings.numbers}:**`, '')
    for (const { reproduction, gap } of item.reproductions)
      out.push(reproductionItem(reproduction, gap, '', strings))
    out.push('')
  }
  const obstacles = p?.obstacles.filter((o) => o.trim() !== '') ?? []
  if (obstacles.length) {
    out.push(`**${strings.obstacles}:**`, '')
    for (const o of obstacles) out.push(`- ${escapeMarkdown(o)}`)
    out.push('')
  }
  return out
}

function paperItem({ paper }: PaperRow): string[] {
  const title = link(paper.title, paper.url) ?? escapeMarkdown(paper.title)
  const from = source(paper.venue, paper.year)
  const out = [`- **${title}**${from ? ` — ${from}` : ''}`]
  // Indented under the item: the takeaway belongs to its paper.
  if (paper.takeaway.trim()) out.push(`  ${escapeMarkdown(paper.takeaway)}`)
  return out
}

export function portfolioMarkdown(
  model: PortfolioModel,
  strings: PortfolioStrings,
  locale: Locale,
): string {
  const out = profileLines(model.profile, strings)
  if (model.projects.length) {
    out.push(`## ${strings.projects}`, '')
    for (const item of model.projects) out.push(...projectLines(item, strings, locale))
  }
  if (model.reproductions.length) {
    out.push(`## ${strings.reproductions}`, '')
    for (const r of model.reproductions)
      out.push(reproductionItem(r.reproduction, r.gap, source(r.venue, r.year), strings))
    out.push('')
  }
  if (model.papers.length) {
    out.push(`## ${strings.papers}`, '')
    for (const row of model.papers) out.push(...paperItem(row))
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}
