import { describe, expect, it } from 'vitest'
import { emptyProfile } from '@/domain/migrations'
import {
  escapeMarkdown,
  hasWork,
  portfolioMarkdown,
  portfolioModel,
  projectHeading,
  type PortfolioStrings,
} from '@/domain/portfolio'
import type { Paper, Profile, ProjectEvidence, Reproduction } from '@/domain/schema'
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
const repro = (id: string, patch: Partial<Reproduction> = {}): Reproduction => ({
  id,
  paper: 'CRNN',
  metric: 'accuracy',
  better: 'higher',
  reported: 89.4,
  reproduced: 88.1,
  framework: 'pytorch',
  repoUrl: null,
  updatedOn: null,
  ...patch,
})
const paper = (id: string, patch: Partial<Paper> = {}): Paper => ({
  id,
  title: 'Deep Residual Learning',
  venue: 'CVPR',
  year: 2016,
  url: 'https://arxiv.org/abs/1512.03385',
  takeaway: 'Skip connections *let* deep nets train.',
  readOn: '2026-03-02',
  ...patch,
})

const r = roadmap(
  [
    milestone('demo', {
      status: 'done',
      evidenceKind: 'project',
      evidence: {
        papers: [],
        reproductions: [repro('r1')],
        project: { ...project, name: 'Receipt <OCR> demo' },
      },
    }),
    milestone('unfinished', {
      evidenceKind: 'project',
      evidence: { papers: [], reproductions: [], project },
    }),
    milestone('side', { status: 'done', evidence: { papers: [], reproductions: [], project } }),
    milestone('bare', { status: 'done', evidenceKind: 'project' }),
    milestone('read', {
      evidenceKind: 'paper',
      evidence: {
        papers: [
          paper('p1'),
          paper('p2', {
            title: 'Attention [is] all you need',
            venue: 'NeurIPS',
            year: 2017,
            url: null,
            takeaway: '',
            readOn: '2026-04-10',
          }),
          paper('p3', { title: 'To read later', readOn: null }),
        ],
        reproductions: [],
        project: null,
      },
    }),
    milestone('repro', {
      evidenceKind: 'reproduction',
      evidence: {
        // The same paper logged again on another milestone: listed once.
        papers: [paper('p4', { title: ' deep residual learning ', readOn: '2026-05-01' })],
        reproductions: [
          repro('r2', {
            paper: 'Deep Residual Learning',
            metric: 'top-1 error (%)',
            better: 'lower',
            reported: 6.43,
            reproduced: 7.1,
            repoUrl: 'https://github.com/me/resnet',
          }),
          repro('r3', { paper: 'ViT', metric: 'accuracy', reproduced: null }),
        ],
        project: null,
      },
    }),
  ],
  [],
  { name: 'My [plan](javascript:x)' },
)

const me: Profile = {
  name: 'Kim *Minji*',
  headline: 'ML engineer in training — OCR & vision',
  email: 'minji@example.com',
  github: 'https://github.com/minji',
  linkedin: null,
  website: 'https://www.minji.dev/',
}

const strings: PortfolioStrings = {
  heading: 'Portfolio',
  projects: 'Projects',
  reproductions: 'Paper reproductions',
  papers: 'Papers read',
  built: 'What I built',
  stack: 'Stack',
  links: 'Links',
  repo: 'Code',
  demo: 'Demo',
  code: 'Code',
  tool: 'Made with',
  tools: { 'own-page': 'own page', streamlit: 'Streamlit', dash: 'Dash' },
  published: 'Published',
  numbers: 'Reproduced vs reported',
  obstacles: 'Obstacles overcome',
  result: (p) =>
    `${p.metric} (${p.better} is better): ${p.reported} → ${p.reproduced}, gap ${p.gap?.absolute ?? '—'}`,
  day: (iso) => iso,
}

describe('portfolio model', () => {
  const model = portfolioModel(r, me)

  it('lists done project-kind milestones and done milestones with project evidence', () => {
    expect(model.projects.map((p) => p.milestoneId)).toEqual(['demo', 'side'])
    expect(model.projects[0]!.reproductions[0]!.gap?.absolute).toBe(-1.3)
    // Done "anyway" with nothing recorded: not on the page, named apart.
    expect(model.unrecorded.map((p) => p.milestoneId)).toEqual(['bare'])
  })

  it('heads a project with its own name, the milestone title only when it has none', () => {
    expect(model.projects.map((p) => projectHeading(p, 'en'))).toEqual([
      'Receipt <OCR> demo',
      'side title',
    ])
    expect(projectHeading(model.projects[1]!, 'ko')).toBe('side 제목')
  })

  it('has the reproductions with numbers that are not in a project, and names the others', () => {
    expect(model.reproductions.map((x) => x.reproduction.id)).toEqual(['r2'])
    expect(model.reproductions[0]).toMatchObject({ venue: 'CVPR', year: 2016 })
    expect(model.reproductions[0]!.gap).toMatchObject({ ahead: -0.67, reached: false })
    expect(model.unfinished).toEqual(['ViT'])
  })

  it('has each paper read once, the latest read first; papers still to read are left out', () => {
    expect(model.papers.map((p) => p.paper.id)).toEqual(['p2', 'p1'])
  })

  it('has work once anything is on it; a profile alone is not a portfolio', () => {
    expect(hasWork(model)).toBe(true)
    expect(hasWork(portfolioModel(roadmap([]), me))).toBe(false)
  })
})

describe('portfolio Markdown', () => {
  it('escapes user text so it cannot make links, HTML or structure', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <img src=x> *a* https://e.com\n# h')).toBe(
      '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<img src\\=x\\> \\*a\\* https\\://e\\.com \\# h',
    )
  })

  it('writes the profile, the projects, the reproductions and the papers, exactly', () => {
    expect(portfolioMarkdown(portfolioModel(r, me), strings, 'en')).toBe(
      [
        '# Kim \\*Minji\\*',
        '',
        'ML engineer in training — OCR \\& vision',
        '',
        '[minji\\@example\\.com](mailto:minji@example.com) · [github\\.com/minji](https://github.com/minji) · [minji\\.dev](https://www.minji.dev/)',
        '',
        '## Projects',
        '',
        '### Receipt \\<OCR\\> demo',
        '',
        '**What I built:** A \\*web\\* demo of \\[my\\] \\<b\\>OCR\\</b\\> model',
        '',
        '**Stack:** PyTorch, Django',
        '',
        '**Links:** [Code](https://github.com/me/ocr) · [Demo](https://ocr.example.com/a%28b%29)',
        '',
        '**Made with:** Streamlit',
        '',
        '**Published:** 2026-04-01',
        '',
        '**Reproduced vs reported:**',
        '',
        '- **CRNN** — accuracy (higher is better): 89.4 → 88.1, gap -1.3',
        '',
        '**Obstacles overcome:**',
        '',
        '- GPU ran out of memory \\# not a heading',
        '',
        '### side title',
        '',
        '**What I built:** A \\*web\\* demo of \\[my\\] \\<b\\>OCR\\</b\\> model',
        '',
        '**Stack:** PyTorch, Django',
        '',
        '**Links:** [Code](https://github.com/me/ocr) · [Demo](https://ocr.example.com/a%28b%29)',
        '',
        '**Made with:** Streamlit',
        '',
        '**Published:** 2026-04-01',
        '',
        '**Obstacles overcome:**',
        '',
        '- GPU ran out of memory \\# not a heading',
        '',
        '## Paper reproductions',
        '',
        '- **Deep Residual Learning** (CVPR 2016) — top\\-1 error \\(%\\) (lower is better): 6.43 → 7.1, gap 0.67 · [Code](https://github.com/me/resnet)',
        '',
        '## Papers read',
        '',
        '- **Attention \\[is\\] all you need** — NeurIPS 2017',
        '- **[Deep Residual Learning](https://arxiv.org/abs/1512.03385)** — CVPR 2016',
        '  Skip connections \\*let\\* deep nets train\\.',
        '',
      ].join('\n'),
    )
  })

  it('titles the page “Portfolio” without a name and leaves out what is not given', () => {
    const bare = roadmap([milestone('read', r.milestones[4]!)])
    expect(portfolioMarkdown(portfolioModel(bare, emptyProfile()), strings, 'en')).toBe(
      [
        '# Portfolio',
        '',
        '## Papers read',
        '',
        '- **Attention \\[is\\] all you need** — NeurIPS 2017',
        '- **[Deep Residual Learning](https://arxiv.org/abs/1512.03385)** — CVPR 2016',
        '  Skip connections \\*let\\* deep nets train\\.',
        '',
      ].join('\n'),
    )
  })

  it('never links to anything but http(s) and mailto, whatever reaches it', () => {
    const hostile = roadmap([
      milestone('read', {
        evidence: {
          papers: [paper('p1', { url: 'javascript:alert(1)' as string })],
          reproductions: [],
          project: null,
        },
      }),
    ])
    const md = portfolioMarkdown(
      portfolioModel(hostile, { ...emptyProfile(), github: 'data:text/html,x' }),
      strings,
      'en',
    )
    expect(md).not.toMatch(/\]\((javascript|data):/)
    expect(md).toContain('- **Deep Residual Learning** — CVPR 2016')
  })
})
