/**
 * Messages about a person's identities on several platforms: link codes, the notice that a new
 * identity was linked, and undoing it. Same keys in every language.
 */
export const identitiesCatalog = {
  'zh-CN': {
    'link.privateOnly': '关联码只在私聊中发送：群里的人看到它就能冒用您的账号。请私聊我发送 /link。',
    'link.samePlatform': '关联码只能在另一个平台使用，不能在生成它的平台使用。请在另一个平台私聊机器人发送 /join 关联码；这个关联码已作废，请重新发送 /link。',
    'link.notice': '您的账号刚刚关联了 {platform} 上的新账号「{name}」（{at}）。如果不是您本人操作，请立即点击下方按钮解除，或发送 /unlink {platform}。',
    'link.undoButton': '不是我，解除关联',
    'help.unlink': '/unlink 平台 — 解除在另一个平台上关联的账号（如 /unlink lark）',
    'unlink.usage': '用法：/unlink 平台。您在其他平台关联的账号：{linked}',
    'unlink.nothingLinked': '用法：/unlink 平台。您没有在其他平台关联账号。',
    'unlink.none': '您在 {platform} 上没有关联的账号。',
    'unlink.self': '不能解除您正在使用的账号。请在另一个平台发送 /unlink {platform}。',
    'unlink.done': '已解除 {platform} 上的账号「{name}」：它不能再以您的身份使用机器人。',
  },
  'zh-TW': {
    'link.privateOnly': '關聯碼只在私聊中發送：群裡的人看到它就能冒用您的帳號。請私聊我發送 /link。',
    'link.samePlatform': '關聯碼只能在另一個平台使用，不能在生成它的平台使用。請在另一個平台私聊機器人發送 /join 關聯碼；這個關聯碼已作廢，請重新發送 /link。',
    'link.notice': '您的帳號剛剛關聯了 {platform} 上的新帳號「{name}」（{at}）。如果不是您本人操作，請立即點擊下方按鈕解除，或發送 /unlink {platform}。',
    'link.undoButton': '不是我，解除關聯',
    'help.unlink': '/unlink 平台 — 解除在另一個平台上關聯的帳號（如 /unlink lark）',
    'unlink.usage': '用法：/unlink 平台。您在其他平台關聯的帳號：{linked}',
    'unlink.nothingLinked': '用法：/unlink 平台。您沒有在其他平台關聯帳號。',
    'unlink.none': '您在 {platform} 上沒有關聯的帳號。',
    'unlink.self': '不能解除您正在使用的帳號。請在另一個平台發送 /unlink {platform}。',
    'unlink.done': '已解除 {platform} 上的帳號「{name}」：它不能再以您的身份使用機器人。',
  },
  en: {
    'link.privateOnly': 'Link codes are only sent in a private chat: anyone in a group who reads one can take over your account. Send /link to me privately.',
    'link.samePlatform':
      'A link code works only on another platform than the one it was made on. Send /join CODE to the bot privately on the other platform; this code is now void, send /link again.',
    'link.notice':
      'A new account "{name}" on {platform} was just linked to yours ({at}). If this was not you, press the button below now, or send /unlink {platform}.',
    'link.undoButton': 'Not me: unlink it',
    'help.unlink': '/unlink PLATFORM — remove an account linked on another platform (e.g. /unlink lark)',
    'unlink.usage': 'Usage: /unlink PLATFORM. Your accounts linked on other platforms: {linked}',
    'unlink.nothingLinked': 'Usage: /unlink PLATFORM. You have no account linked on another platform.',
    'unlink.none': 'You have no account linked on {platform}.',
    'unlink.self': 'You cannot unlink the account you are using. Send /unlink {platform} from another platform.',
    'unlink.done': 'The account "{name}" on {platform} is unlinked: it can no longer use the bot as you.',
  },
} as const;
