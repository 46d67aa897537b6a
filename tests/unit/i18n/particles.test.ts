import { describe, expect, it } from 'vitest'
import { finalOf, particle, particlePair } from '@/i18n/particles'

describe('Korean particles after a name', () => {
  it('follow the final consonant of the last Hangul syllable', () => {
    expect(particle('로드맵', '을/를')).toBe('을')
    expect(particle('블로그', '을/를')).toBe('를')
    expect(particle('로드맵', '과/와')).toBe('과')
    expect(particle('포트폴리오', '과/와')).toBe('와')
    expect(particle('논문', '이/가')).toBe('이')
    expect(particle('데모', '이/가')).toBe('가')
    expect(particle('논문', '은/는')).toBe('은')
    expect(particle('서비스', '은/는')).toBe('는')
    expect(particle('논문', '이나/나')).toBe('이나')
    expect(particle('데모', '이나/나')).toBe('나')
    expect(particle('재현', '이라/라')).toBe('이라')
    expect(particle('데모', '이라/라')).toBe('라')
  })

  it('take 로 after ㄹ, 으로 after any other final consonant', () => {
    expect(particle('모델', '으로/로')).toBe('로')
    expect(particle('서울', '으로/로')).toBe('로')
    expect(particle('데모', '으로/로')).toBe('로')
    expect(particle('논문', '으로/로')).toBe('으로')
    // ㄹ is a consonant for every other pair.
    expect(particle('모델', '을/를')).toBe('을')
    expect(particle('모델', '과/와')).toBe('과')
  })

  it('read digits in Korean', () => {
    const after = (word: string) => particle(word, '을/를')
    // 영 일 삼 육 칠 팔 end in a consonant; 이 사 오 구 do not.
    expect(['0', '1', '3', '6', '7', '8'].map(after)).toEqual(['을', '을', '을', '을', '을', '을'])
    expect(['2', '4', '5', '9'].map(after)).toEqual(['를', '를', '를', '를'])
    expect(after('GPT-4')).toBe('를')
    expect(after('ResNet50')).toBe('을') // 오십
    expect(after('10')).toBe('을') // 십
    expect(after('100')).toBe('을') // 백
    expect(after('1,000')).toBe('을') // 천
    expect(after('20000')).toBe('을') // 이만
    expect(after('1000000000000')).toBe('를') // 일조
    expect(after('00')).toBe('을') // 영
    expect(after('v2.0')).toBe('을') // 이 점 영
    expect(after('1.5')).toBe('를') // 일 점 오
    expect(after('80%')).toBe('를') // 팔십 퍼센트
    // 1, 7, 8 end in ㄹ: 로, not 으로.
    expect(particle('3단계 1', '으로/로')).toBe('로')
    expect(particle('3', '으로/로')).toBe('으로')
    expect(particle('2', '으로/로')).toBe('로')
  })

  it('skip punctuation, quotes, brackets and spaces at the end', () => {
    expect(particle('“논문 재현”', '을/를')).toBe('을')
    expect(particle('ResNet 재현 (2)', '을/를')).toBe('를')
    expect(particle('블로그 정리!! ', '을/를')).toBe('를')
    expect(particle('데모…', '과/와')).toBe('와')
    expect(particle('[로드맵]', '이/가')).toBe('이')
  })

  it('write both forms, the Korean way, when the end cannot be read', () => {
    expect(particle('ResNet', '을/를')).toBe('을(를)')
    expect(particle('ResNet', '이/가')).toBe('이(가)')
    expect(particle('ResNet', '은/는')).toBe('은(는)')
    expect(particle('ResNet', '과/와')).toBe('과(와)')
    expect(particle('ResNet', '으로/로')).toBe('(으)로')
    expect(particle('ResNet', '이나/나')).toBe('(이)나')
    expect(particle('ResNet', '이라/라')).toBe('(이)라')
    expect(particle('', '을/를')).toBe('을(를)')
    expect(particle('“”', '을/를')).toBe('을(를)')
    expect(particle('🚀', '이/가')).toBe('이(가)')
    expect(particle('C++', '을/를')).toBe('을(를)')
  })

  it('know a pair written either way round, and refuse others', () => {
    expect(particle('블로그', '를/을')).toBe('를')
    expect(particlePair(' 과 / 와 ')).toBe(particlePair('와/과'))
    expect(particlePair('에/에서')).toBeUndefined()
    expect(() => particle('로드맵', '의/에')).toThrow(/unknown particle pair/)
  })

  it('tell how a word ends', () => {
    expect(finalOf('가')).toBe('none')
    expect(finalOf('갈')).toBe('rieul')
    expect(finalOf('각')).toBe('other')
    expect(finalOf('abc')).toBe('unknown')
  })
})
