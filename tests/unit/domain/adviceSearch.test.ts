import { describe, expect, it } from 'vitest'
import { searchAdvice } from '@/domain/adviceSearch'
import type { Advice } from '@/domain/schema'

const advice: Advice[] = [
  {
    id: 'split',
    topic: 'strategy',
    quoteKo: '70%를 AI에 두고',
    summary: { ko: '시간의 70%는 AI에', en: 'Spend 70% on AI' },
  },
  {
    id: 'django',
    topic: 'web',
    quoteKo: 'Django나 Flask를 시작하는걸 추천',
    summary: { ko: '쉬운 프레임워크', en: 'Start with an easy framework' },
  },
]

describe('searchAdvice', () => {
  it('matches every word, case-insensitively, in any language', () => {
    expect(searchAdvice(advice, 'DJANGO', null).map((a) => a.id)).toEqual(['django'])
    expect(searchAdvice(advice, 'easy framework', null).map((a) => a.id)).toEqual(['django'])
    expect(searchAdvice(advice, '70%', null).map((a) => a.id)).toEqual(['split'])
    expect(searchAdvice(advice, 'easy 70%', null)).toEqual([])
  })

  it('ignores spacing differences in Korean', () => {
    expect(searchAdvice(advice, '쉬운프레임워크', null).map((a) => a.id)).toEqual(['django'])
  })

  it('filters by topic and searches extra text', () => {
    expect(searchAdvice(advice, '', 'web').map((a) => a.id)).toEqual(['django'])
    expect(
      searchAdvice(advice, 'portfolio', null, (a) =>
        a.id === 'split' ? 'Portfolio page' : '',
      ).map((a) => a.id),
    ).toEqual(['split'])
  })
})
