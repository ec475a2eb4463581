/**
 * Messages of drafts made from a message holding several reports (one tap saves them all), and
 * of titles the bot proposes for leads that name neither project nor company.
 */
export const draftsCatalog = {
  'zh-CN': {
    'batch.understood': '这条消息里有 {n} 条上报，我理解如下，请确认：',
    'batch.item': '{n}. {kind}',
    'batch.itemCancelled': '{n}. （已取消）',
    'batch.saveAll': '✅ 全部保存（{n}条）',
    'batch.editItem': '✏️ 改第{n}条',
    'batch.cancelItem': '✖️ 删第{n}条',
    'batch.saved': '已保存 {n} 条：',
    'batch.savedLine': '#{id} {kind}：{title}',
    'batch.alreadySaved': '这些上报已经保存过了（{ids}）。',
    'batch.allCancelled': '全部已取消，没有保存。',
    'batch.untitled': '第{n}条没有项目或企业名称，保存时先用首句作名称；可点“改第{n}条”发送「项目 名称」。',
    'title.proposed': '（项目名称是我拟的，可点“修改”发送「项目 名称」更改）',
  },
  'zh-TW': {
    'batch.understood': '這條消息裡有 {n} 條上報，我理解如下，請確認：',
    'batch.item': '{n}. {kind}',
    'batch.itemCancelled': '{n}. （已取消）',
    'batch.saveAll': '✅ 全部保存（{n}條）',
    'batch.editItem': '✏️ 改第{n}條',
    'batch.cancelItem': '✖️ 刪第{n}條',
    'batch.saved': '已保存 {n} 條：',
    'batch.savedLine': '#{id} {kind}：{title}',
    'batch.alreadySaved': '這些上報已經保存過了（{ids}）。',
    'batch.allCancelled': '全部已取消，沒有保存。',
    'batch.untitled': '第{n}條沒有項目或企業名稱，保存時先用首句作名稱；可點「改第{n}條」發送「項目 名稱」。',
    'title.proposed': '（項目名稱是我擬的，可點「修改」發送「項目 名稱」更改）',
  },
  en: {
    'batch.understood': 'This message holds {n} reports. This is what I understood; please check:',
    'batch.item': '{n}. {kind}',
    'batch.itemCancelled': '{n}. (cancelled)',
    'batch.saveAll': '✅ Save all ({n})',
    'batch.editItem': '✏️ Edit {n}',
    'batch.cancelItem': '✖️ Drop {n}',
    'batch.saved': 'Saved {n}:',
    'batch.savedLine': '#{id} {kind}: {title}',
    'batch.alreadySaved': 'These reports were already saved ({ids}).',
    'batch.allCancelled': 'All cancelled; nothing was saved.',
    'batch.untitled': 'Item {n} names no project or company: it will be saved under its first words; tap "Edit {n}" and send "project NAME" to name it.',
    'title.proposed': '(I proposed the project name; tap Edit and send "project NAME" to change it)',
  },
} as const;
