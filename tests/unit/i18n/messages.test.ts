import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '@/i18n/messages/en'
import { ko } from '@/i18n/messages/ko'
import { createI18n } from '@/i18n/runtime'

type Tree = { [key: string]: string | Tree }
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}
const enFlat = flatten(en)
const koFlat = flatten(ko)
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(vue|ts)$/.test(f) ? [p] : []
  })
}

describe('UI messages', () => {
  it('have the same keys in Korean and English', () => {
    expect([...koFlat.keys()].sort()).toEqual([...enFlat.keys()].sort())
  })

  it('are never empty and use the same placeholders in both languages', () => {
    for (const [key, text] of enFlat) {
      const other = koFlat.get(key)!
      expect(text.trim(), key).not.toBe('')
      expect(other.trim(), key).not.toBe('')
      expect(placeholders(other), key).toEqual(placeholders(text))
    }
  })

  it('cover every literal key the source asks for', () => {
    const used = new Set<string>()
    for (const file of sourceFiles(join(process.cwd(), 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1]!)
    }
    expect(used.size).toBeGreaterThan(40)
    const missing = [...used].filter((k) => !enFlat.has(k))
    expect(missing).toEqual([])
  })
})

describe('Korean messages with a particle after a name', () => {
  const i18n = createI18n({ locale: 'ko', messages: { ko } })
  const particleTokens = (s: string) => [...s.matchAll(/\{\s*(\w+)\s*\|[^}]*\}/g)].map((m) => m[1]!)

  it('put the particle after a placeholder the same message shows', () => {
    let found = 0
    for (const [key, text] of koFlat)
      for (const name of particleTokens(text)) {
        found++
        expect(placeholders(text), key).toContain(name)
      }
    expect(found).toBeGreaterThan(0)
  })

  it('never write a fixed particle, or both forms, straight after a name', () => {
    for (const [key, text] of koFlat)
      expect(text, key).not.toMatch(
        /\}[”’]?(?:을|를|이|가|은|는|과|와|으로|로|이나|나|이라|라)(?![가-힣])|\((?:를|을|와|과|가|이|는|은|으)\)/,
      )
  })

  // A name ending in a consonant, in a vowel, in Latin letters, in a digit read with and without
  // a final consonant: 로드맵, 블로그, ResNet, GPT-4 (사), YOLOv8 (팔).
  const names = ['로드맵', '블로그', 'ResNet', 'GPT-4', 'YOLOv8']
  const cases: [
    key: string,
    values: (name: string) => Record<string, string>,
    expected: string[],
  ][] = [
    [
      'data.deleteBody',
      (name) => ({ name }),
      ['“로드맵”과 그', '“블로그”와 그', '“ResNet”과(와) 그', '“GPT-4”와 그', '“YOLOv8”과 그'],
    ],
    [
      'data.imported',
      (name) => ({ name }),
      [
        '“로드맵”을 추가',
        '“블로그”를 추가',
        '“ResNet”을(를) 추가',
        '“GPT-4”를 추가',
        '“YOLOv8”을 추가',
      ],
    ],
    [
      'data.importProblem.forbiddenKey',
      (key) => ({ key }),
      [
        '“로드맵”이 들어',
        '“블로그”가 들어',
        '“ResNet”이(가) 들어',
        '“GPT-4”가 들어',
        '“YOLOv8”이 들어',
      ],
    ],
    [
      'data.replaceRoadmapTitle',
      (name) => ({ name }),
      [
        '“로드맵”을 바꿀까요',
        '“블로그”를 바꿀까요',
        '“ResNet”을(를) 바꿀까요',
        '“GPT-4”를 바꿀까요',
        '“YOLOv8”을 바꿀까요',
      ],
    ],
    [
      'data.replaceRoadmapBody',
      (name) => ({ name }),
      [
        '“로드맵”과 기록한',
        '“블로그”와 기록한',
        '“ResNet”과(와) 기록한',
        '“GPT-4”와 기록한',
        '“YOLOv8”과 기록한',
      ],
    ],
    [
      'data.roadmapReplaced',
      (name) => ({ name }),
      [
        '“로드맵”을 파일의',
        '“블로그”를 파일의',
        '“ResNet”을(를) 파일의',
        '“GPT-4”를 파일의',
        '“YOLOv8”을 파일의',
      ],
    ],
    [
      'graph.added',
      (title) => ({ title }),
      [
        '“로드맵”을 추가',
        '“블로그”를 추가',
        '“ResNet”을(를) 추가',
        '“GPT-4”를 추가',
        '“YOLOv8”을 추가',
      ],
    ],
    [
      'graph.connected',
      (from) => ({ from, to: '데모' }),
      [
        '“로드맵”이 “데모”',
        '“블로그”가 “데모”',
        '“ResNet”이(가) “데모”',
        '“GPT-4”가 “데모”',
        '“YOLOv8”이 “데모”',
      ],
    ],
    [
      'milestone.notChosen',
      (chosen) => ({ chosen }),
      ['로드맵을 골랐', '블로그를 골랐', 'ResNet을(를) 골랐', 'GPT-4를 골랐', 'YOLOv8을 골랐'],
    ],
    [
      'time.added',
      (duration) => ({ duration, track: '웹' }),
      ['로드맵을 기록', '블로그를 기록', 'ResNet을(를) 기록', 'GPT-4를 기록', 'YOLOv8을 기록'],
    ],
    [
      'week.swapFor',
      (title) => ({ title }),
      ['로드맵”을 다음', '블로그”를 다음', 'ResNet”을(를) 다음', 'GPT-4”를 다음', 'YOLOv8”을 다음'],
    ],
    [
      'doneGuard.removeBody',
      (what) => ({ what }),
      ['로드맵을 삭제', '블로그를 삭제', 'ResNet을(를) 삭제', 'GPT-4를 삭제', 'YOLOv8을 삭제'],
    ],
  ]

  for (const [key, values, expected] of cases)
    it(`${key} fits the particle to the name`, () => {
      expect(names.map((name) => i18n.t(key, values(name)))).toEqual(
        expected.map((part) => expect.stringContaining(part)),
      )
    })

  it('cover every message that uses a particle', () => {
    const using = [...koFlat].filter(([, text]) => particleTokens(text).length).map(([k]) => k)
    expect(using.sort()).toEqual(cases.map(([key]) => key).sort())
  })

  it('read a composed name by its end: the removed paper is 논문, so 을', () => {
    const what = i18n.t('evidence.papers.what', { title: 'Attention Is All You Need' })
    expect(i18n.t('doneGuard.removeBody', { what })).toMatch(/^“Attention Is All You Need” 논문을 /)
  })
})

describe('Korean terms', () => {
  /** One name per idea: the word on the left, never the ones on the right. */
  const TERMS: [term: string, never: RegExp][] = [
    // A step of the plan that another needs first: 선행 단계 (its counterpart: 후속 단계).
    ['선행 단계', /선행 조건|선행 마일스톤|선수 과목|먼저 할 것|선행(?! 단계)/],
    // What a milestone's done work leaves behind (a paper read, a reproduction, a project): 결과물.
    // 증거 is what a court or a forensic report holds.
    ['결과물', /증거|증빙/],
  ]
  for (const [term, never] of TERMS)
    it(`use “${term}” throughout`, () => {
      const uses = [...koFlat].filter(([, text]) => text.includes(term))
      expect(uses.length).toBeGreaterThan(0)
      for (const [key, text] of koFlat) expect(text, key).not.toMatch(never)
    })
})
