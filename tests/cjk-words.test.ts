/**
 * The word rule on text written without spaces between words (Chinese, Japanese): each East Asian
 * letter is a word, as Microsoft Word counts them; Latin text between them counts as usual; their
 * punctuation is no word; Korean is counted by its spaces. The Word figures are those of the
 * office-wordcount project's table checked against Word (github.com/bebe3/office-wordcount,
 * validation_dataset.md), less the punctuation Word counts and nobody says.
 */
import { describe, expect, it } from 'vitest';
import { countEastAsianLetters, countNormalWords, countWords, countWordsUpTo, hasWord } from '../src/text/words.js';

describe('words in Chinese and Japanese', () => {
  it.each([
    ['中文测试', 4],
    ['日本語', 3],
    ['こんにちは', 5],
    ['カタカナ', 4],
    ['パスワード', 5],
    ['Hello 世界', 3],
    ['This is テスト', 5],
    ['東京2024オリンピック', 9],
    ['私はappleを買った', 7],
    ['「こんにちは」', 5],
    ['Hello、World。', 2],
    ['欢迎使用 iPhone 的语音助手。', 10],
    ['请打开 Microsoft Teams，然后点击“加入会议”。', 13],
    ['项目名称：东阳市歌山镇农贸市场经营管理权项目', 21],
    ['ＡＢＣＤＥ', 5],
    ['ｶﾀｶﾅ', 4],
    ['。、「」', 0],
    ['𠀀𠀁', 2],
    ['Wi-Fiのパスワード', 7],
    ['안녕하세요 여러분', 2],
    ['日本語\u3000テキスト', 7],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(countNormalWords(text.replace(/\u3000/g, ' '))).toBe(words);
    expect(hasWord(text)).toBe(words > 0);
  });

  it('counts no further than asked', () => {
    expect(countWordsUpTo('东阳市歌山镇农贸市场', 4)).toBe(4);
    expect(countNormalWords('东阳市歌山镇 农贸市场', 4)).toBe(4);
  });

  it('leaves Latin text as it was', () => {
    expect(countWords('Don’t stop — go!')).toBe(3);
    expect(countWords('« Bonjour » !')).toBe(1);
    expect(countWords('1\u00A0200')).toBe(2);
  });

  it('tells the East Asian letters of a text', () => {
    expect(countEastAsianLetters('欢迎使用 iPhone 的语音助手。')).toBe(9);
    expect(countEastAsianLetters('Hello world')).toBe(0);
    expect(countEastAsianLetters('안녕하세요')).toBe(0);
  });

  it('counts a long line of ideographs in linear time', () => {
    const line = '东阳市歌山镇农贸市场'.repeat(200_000);
    expect(countWords(line)).toBe(2_000_000);
    expect(countWords(`${line}, and more`)).toBe(2_000_002);
  });
});
