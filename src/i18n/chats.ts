/**
 * Messages about the chats the bot lives in: what it says when added to a group, and what it
 * answers to a message it cannot read. Same keys in every language.
 */
export const chatsCatalog = {
  'zh-CN': {
    'chats.unreadable': '我只能读懂文字。请把报告打字或粘贴成文字发给我；发图片时请把说明写在图片的文字说明里。',
    'chats.added': '大家好，我是商会的招商助手。请本会秘书长在群里 @我 并发送 /bindgroup，把本群绑定到商会；绑定后，每周的招商项目和优惠政策会推送到这里。',
    'chats.addedBack': '本群已绑定到{chamber}，机器人被移出群时已停止推送周报。秘书长在群里 @我 并发送 /unmute digest 即可恢复。',
  },
  'zh-TW': {
    'chats.unreadable': '我只能讀懂文字。請把報告打字或貼上成文字發給我；發圖片時請把說明寫在圖片的文字說明裡。',
    'chats.added': '大家好，我是商會的招商助手。請本會秘書長在群裡 @我 並發送 /bindgroup，把本群綁定到商會；綁定後，每週的招商項目和優惠政策會推送到這裡。',
    'chats.addedBack': '本群已綁定到{chamber}，機器人被移出群時已停止推送週報。秘書長在群裡 @我 並發送 /unmute digest 即可恢復。',
  },
  en: {
    'chats.unreadable': 'I can only read text. Please type or paste your report as a message; with a photo, write it in the caption.',
    'chats.added':
      'Hello, I am the chamber’s investment assistant. A secretary of the chamber binds this group by mentioning me with /bindgroup here; then the weekly projects and policies come to this group.',
    'chats.addedBack':
      'This group is bound to {chamber}; its weekly digest stopped when the bot was removed. A secretary resumes it by mentioning me with /unmute digest here.',
  },
} as const;
