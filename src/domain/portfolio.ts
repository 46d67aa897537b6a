/**
 * The portfolio: finished side projects as the user recorded them, and its Markdown. Only the
 * user's own words and numbers go in; the app adds nothing but its labels.
 */
import { reproductionGap, type Gap } from './evidence'
import { localize } from './locale'
import type { DEMO_TOOLS, Locale, ProjectEvidence, Reproduction, Roadmap, Text } from './schema'

export interface PortfolioProject {
  milestoneId: string
  title: Text
  /** null when a project-kind milestone is done but its project was never described. */
  project: ProjectEvidence | null
  reproductions: { reproduction: Reproduction; gap: Gap | null }[]
}
export interface PortfolioModel {
  roadmapName: string
  projects: PortfolioProject[]
  /** Done project milestones with nothing recorded: left out of the page, named beside it. */
  unrecorded: { milestoneId: string; title: Text }[]
}

const isBlank = (p: ProjectEvidence | null) =>
  !p ||
  (!p.summary.trim() &&
    !p.stack.trim() &&
    !p.repoUrl &&
    !p.demoUrl &&
    !p.tool &&
    !p.publishedOn &&
    !p.obstacles.some((o) => o.trim()))

/**
 * Finished side projects: milestones that are done and are either of the project kind or carry
 * project evidence, in roadmap order, with the reproductions recorded on them. A done project
 * with nothing recorded (marked "done anyway") has nothing to show, so it is listed apart.
 */
export function portfolioModel(roadmap: Roadmap): PortfolioModel {
  const done = roadmap.milestones.filter(
    (m) => m.status === 'done' && (m.evidenceKind === 'project' || !!m.evidence?.project),
  )
  const recorded = (m: (typeof done)[number]) =>
    !isBlank(m.evidence?.project ?? null) || (m.evidence?.reproductions.length ?? 0) > 0
  return {
    roadmapName: roadmap.name,
    projects: done.filter(recorded).map((m) => ({
      milestoneId: m.id,
      title: m.title,
      project: m.evidence?.project ?? null,
      reproductions: (m.evidence?.reproductions ?? []).map((r) => ({
        reproduction: r,
        gap: reproductionGap(r.reported, r.reproduced, r.better),
      })),
    })),
    unrecorded: done
      .filter((m) => !recorded(m))
      .map((m) => ({ milestoneId: m.id, title: m.title })),
  }
}

/** The app's labels for the Markdown, in the chosen language. */
export interface PortfolioStrings {
  heading: string
  built: string
  stack: string
  links: string
  repo: string
  demo: string
  tool: string
  tools: Record<(typeof DEMO_TOOLS)[number], string>
  published: string
  numbers: string
  obstacles: string
  /**
   * One reproduction as a line ("{paper} — {metric}: reported …, reproduced …, gap …"). `paper`
   * and `metric` arrive already escaped; the numbers are the app's to format.
   */
  result: (parts: ResultParts) => string
  day: (iso: string) => string
}

/**
 * Escapes user text for Markdown so it stays text: no links, images, HTML, emphasis, headings,
 * lists or autolinks can come out of it. Line breaks become spaces.
 */
export interface ResultParts {
  paper: string
  metric: string
  reported: number | null
  reproduced: number | null
  gap: Gap | null
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&:=@"']/g, (c) => `\\${c}`)
}

/** A checked http(s) URL as a Markdown link target: characters that could end it are encoded. */
function linkTarget(url: string): string {
  return url.replace(/[\s()<>\\"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function link(label: string, url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null
  return `[${escapeMarkdown(label)}](${linkTarget(url)})`
}

export function portfolioMarkdown(
  model: PortfolioModel,
  strings: PortfolioStrings,
  locale: Locale,
): string {
  const out: string[] = [`# ${strings.heading}`, '']
  if (model.roadmapName.trim()) out.push(escapeMarkdown(model.roadmapName), '')
  for (const item of model.projects) {
    out.push(`## ${escapeMarkdown(localize(item.title, locale))}`, '')
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
        out.push(
          `- ${strings.result({
            paper: escapeMarkdown(reproduction.paper),
            metric: escapeMarkdown(reproduction.metric),
            reported: reproduction.reported,
            reproduced: reproduction.reproduced,
            gap,
          })}`,
        )
      out.push('')
    }
    const obstacles = p?.obstacles.filter((o) => o.trim() !== '') ?? []
    if (obstacles.length) {
      out.push(`**${strings.obstacles}:**`, '')
      for (const o of obstacles) out.push(`- ${escapeMarkdown(o)}`)
      out.push('')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
