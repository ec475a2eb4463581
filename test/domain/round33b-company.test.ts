import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const company = (text: string) => parseReport(text, { today }).company;
const project = (text: string) => parseReport(text, { today }).project;

describe('round 33b: company', () => {
  it('reads a Latin name without the 集團 said after it', () => {
    expect(company('荷兰 Tulip Harvest 集团代表下周来考察花卉基地，投资约3亿')).toBe('Tulip Harvest');
    expect(company('荷蘭 Tulip Harvest 集團代表下週來考察花卉基地，投資約3億')).toBe('Tulip Harvest');
    expect(company('意大利Ferrucci集团拟在经开区投资2亿建设阀门厂')).toBe('Ferrucci');
    expect(company('意大利Ferrucci集團擬在經開區投資2億建設閥門廠')).toBe('Ferrucci');
    // Near-miss: a Chinese name keeps its 集團.
    expect(company('宁波海晟集团拟在经开区投资2亿建设阀门厂')).toBe('海晟集团');
    expect(company('寧波海晟集團擬在經開區投資2億建設閥門廠')).toBe('海晟集團');
  });

  it('reads no filler said before a firm as its name', () => {
    expect(company('马来西亚嘞金棕榈油脂想在港区投资三个亿建精炼厂')).toBe('金棕榈油脂');
    expect(company('馬來西亞嘞金棕櫚油脂想在港區投資三個億建精煉廠')).toBe('金棕櫚油脂');
    expect(company('那家公司叫什么来着哦泰国金象米业他们说想投五千万')).toBe('金象米业');
    expect(company('那家公司叫什麼來著哦泰國金象米業他們說想投五千萬')).toBe('金象米業');
  });

  it('reads no Sichuanese 哈 said before the place a firm is from', () => {
    expect(company('我问了哈成都天府食品，他们的调味品项目还在谈')).toBe('天府食品');
    expect(company('我問了哈成都天府食品，他們的調味品項目還在談')).toBe('天府食品');
    // Near-miss: 哈 opening a place (哈爾濱) stays the place's.
    expect(company('哈尔滨冰城食品拟在经开区投资2亿')).toBe('冰城食品');
    expect(company('哈爾濱冰城食品擬在經開區投資2億')).toBe('冰城食品');
  });

  it('reads Yunnanese 嘞 before a project or a plant as 的', () => {
    expect(project('听说那个茶叶精制嘞项目已经在晋宁开工咯，投资八千万')).toBe('茶叶精制');
    expect(project('聽說那個茶葉精製嘞項目已經在晉寧開工咯，投資八千萬')).toBe('茶葉精製');
    expect(project('昆明一家公司做竹筷加工嘞厂子，想去富民，投资三千来万')).toBe('竹筷加工厂');
    expect(project('昆明一家公司做竹筷加工嘞廠子，想去富民，投資三千來萬')).toBe('竹筷加工廠');
    // Near-miss: 嘞 closing a question before the project is said names nothing.
    expect(project('给是真嘞？项目还在谈，投资八千万')).toBeNull();
    expect(project('給是真嘞？項目還在談，投資八千萬')).toBeNull();
  });
});
