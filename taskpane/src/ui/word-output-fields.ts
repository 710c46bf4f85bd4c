/**
 * The 编号方式 and 排版 choices beside every 插入 and 下载: native radio buttons (arrow keys move
 * within a group, as everywhere), one shared choice (word-output.ts) that every tab's fields follow.
 */
import type { ListNumbering, TypographyPreset } from '../api.ts';
import { strings } from '../i18n.ts';
import { h, radioGroup, uniqueId } from './dom.ts';
import type { WordOutputChoice } from './word-output.ts';

export function createWordOutputFields(choice: WordOutputChoice): HTMLElement {
  const numbering = radioGroup(strings.numberingModeLegend, [
    ['text', strings.numberingModeText],
    ['list', strings.numberingModeList],
  ]);
  const typography = radioGroup(strings.typographyLegend, [
    ['none', strings.typographyNone],
    ['gongwen', strings.typographyGongwen],
  ]);
  numbering.fieldset.classList.add('numbering-mode');
  typography.fieldset.classList.add('typography');
  const boldId = uniqueId('bold-level3');
  const bold = h('input', { type: 'checkbox', id: boldId });
  const boldField = h('div', { class: 'checkbox' }, bold, h('label', { for: boldId }, strings.boldLevel3));
  typography.fieldset.append(boldField);

  function draw(): void {
    const { current } = choice;
    for (const input of numbering.inputs) input.checked = input.value === current.numbering;
    for (const input of typography.inputs) input.checked = input.value === current.typography;
    bold.checked = current.boldLevel3;
    // Bold level 3 is a 公文 option: without 公文 there is nothing to make bold.
    boldField.hidden = current.typography !== 'gongwen';
  }

  for (const input of numbering.inputs) input.addEventListener('change', () => choice.set({ numbering: input.value as ListNumbering }));
  for (const input of typography.inputs) input.addEventListener('change', () => choice.set({ typography: input.value as TypographyPreset }));
  bold.addEventListener('change', () => choice.set({ boldLevel3: bold.checked }));
  choice.onChange(draw);
  draw();
  return h('div', { class: 'word-output' }, numbering.fieldset, typography.fieldset);
}
