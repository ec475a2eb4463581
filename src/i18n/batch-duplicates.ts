/**
 * Messages of an item of a several-report message that looks like a lead already reported: it
 * waits for the reporter's choice (merge into that lead, or save separately) and save all leaves
 * it alone until then.
 */
export const batchDuplicatesCatalog = {
  'zh-CN': {
    'batch.itemSaved': '{n}. ✅ 已记录：{kind} #{id}',
    'batch.mergeItem': '🔗 第{n}条并入 #{id}',
    'batch.separateItem': '➕ 第{n}条另存',
    'batch.waiting': '第{items}条可能与已有线索重复，全部保存不会保存它们：请先点“并入”或“另存”。',
  },
  'zh-TW': {
    'batch.itemSaved': '{n}. ✅ 已記錄：{kind} #{id}',
    'batch.mergeItem': '🔗 第{n}條併入 #{id}',
    'batch.separateItem': '➕ 第{n}條另存',
    'batch.waiting': '第{items}條可能與已有線索重複，全部保存不會保存它們：請先點「併入」或「另存」。',
  },
  en: {
    'batch.itemSaved': '{n}. ✅ Recorded: {kind} #{id}',
    'batch.mergeItem': '🔗 Merge {n} into #{id}',
    'batch.separateItem': '➕ Save {n} separately',
    'batch.waiting': 'Item {items} may repeat a lead already reported, so save all leaves it out: tap "Merge" or "Save separately" first.',
  },
} as const;
