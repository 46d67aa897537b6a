import { describe, expect, it } from 'vitest'
import {
  escapeMarkdown,
  portfolioMarkdown,
  portfolioModel,
  type PortfolioStrings,
} from '@/domain/portfolio'
import type { ProjectEvidence, Reproduction } from '@/domain/schema'
import { milestone, roadmap } from '../helpers'

const project: ProjectEvidence = {
  summary: 'A *web* demo of [my] <b>OCR</b> model',
  stack: 'PyTorch, Django',
  repoUrl: 'https://github.com/me/ocr',
  demoUrl: 'https://ocr.example.com/a(b)',
  tool: 'streamlit',
  publishedOn: '2026-04-01',
  obstacles: ['GPU ran out of memory\n# not a heading', '  '],
}
const repro: Reproduction = {
  id: 'r1',
  paper: 'CRNN',
  metric: 'accuracy',
  better: 'higher',
  reported: 89.4,
  reproduced: 88.1,
  framework: 'pytorch',
  repoUrl: null,
  updatedOn: null,
}

const r = roadmap(
  [
    milestone('demo', {
      status: 'done',
      evidenceKind: 'project',
      evidence: { papers: [], reproductions: [repro], project },
    }),
    milestone('unfinished', {
      evidenceKind: 'project',
      evidence: { papers: [], reproductions: [], project },
    }),
    milestone('side', { status: 'done', evidence: { papers: [], reproductions: [], project } }),
    milestone('bare', { status: 'done', evidenceKind: 'project' }),
    milestone('paper', { status: 'done', evidenceKind: 'paper' }),
  ],
  [],
  { name: 'My [plan](javascript:x)' },
)

const strings: PortfolioStrings = {
  heading: 'Portfolio',
  built: 'What I built',
  stack: 'Stack',
  links: 'Links',
  repo: 'Code',
  demo: 'Demo',
  tool: 'Made with',
  tools: { 'own-page': 'own page', streamlit: 'Streamlit', dash: 'Dash' },
  published: 'Published',
  numbers: 'Reproduced vs reported',
  obstacles: 'Obstacles overcome',
  result: (p) => `${p.paper} — ${p.metric}: ${p.reported} → ${p.reproduced}`,
  day: (iso) => iso,
}

describe('portfolio', () => {
  it('lists done project-kind milestones and done milestones with project evidence', () => {
    const model = portfolioModel(r)
    expect(model.projects.map((p) => p.milestoneId)).toEqual(['demo', 'side'])
    expect(model.projects[0]!.reproductions[0]!.gap?.absolute).toBe(-1.3)
    // Done "anyway" with nothing recorded: not on the page, named apart.
    expect(model.unrecorded.map((p) => p.milestoneId)).toEqual(['bare'])
  })

  it('escapes user text so it cannot make links, HTML or structure', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <img src=x> *a* https://e.com\n# h')).toBe(
      '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<img src\\=x\\> \\*a\\* https\\://e\\.com \\# h',
    )
  })

  it('writes the Markdown with the user text escaped and links from checked URLs', () => {
    const md = portfolioMarkdown(portfolioModel(r), strings, 'en')
    expect(md).toContain('# Portfolio\n')
    expect(md).toContain('My \\[plan\\]\\(javascript\\:x\\)')
    expect(md).toContain('## demo title')
    expect(md).toContain('**What I built:** A \\*web\\* demo of \\[my\\] \\<b\\>OCR\\</b\\> model')
    expect(md).toContain(
      '[Code](https://github.com/me/ocr) · [Demo](https://ocr.example.com/a%28b%29)',
    )
    expect(md).toContain('**Made with:** Streamlit')
    expect(md).toContain('- CRNN — accuracy: 89.4 → 88.1')
    expect(md).toContain('- GPU ran out of memory \\# not a heading\n')
    expect(md).not.toMatch(/<b>|\]\(javascript/)
    // An obstacle that is only blanks is not listed: one obstacle for each of the two projects.
    expect(md.match(/^- GPU/gm)).toHaveLength(2)
    expect(md).not.toMatch(/^- *$/m)
    expect(md).not.toContain('bare title')
  })
})
