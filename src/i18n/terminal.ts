/**
 * Messages of the terminal chat (the demo on the console): its greeting, switching users with /as,
 * and pushes that arrived for a demo user while another one was typing. Same keys in every language.
 */
export const terminalCatalog = {
  'zh-CN': {
    'terminal.greeting':
      'chamber-bot — 终端对话。直接输入消息；多行一起粘贴即为一条消息，行末加 \\ 可续行；按钮以 [编号] 显示，输入编号即按下；/as member|secretary|official|admin 切换身份；Ctrl-D 退出。',
    'terminal.switched': '→ {name} ({role})',
    'terminal.asUsage': '/as member|secretary|official|admin',
    'terminal.pushed': '── 推送给 {name} ──',
    'terminal.arrived': '您不在时，有 {count} 条消息发给了 {name}：',
  },
  'zh-TW': {
    'terminal.greeting':
      'chamber-bot — 終端對話。直接輸入消息；多行一起貼上即為一條消息，行末加 \\ 可續行；按鈕以 [編號] 顯示，輸入編號即按下；/as member|secretary|official|admin 切換身份；Ctrl-D 退出。',
    'terminal.switched': '→ {name} ({role})',
    'terminal.asUsage': '/as member|secretary|official|admin',
    'terminal.pushed': '── 推送給 {name} ──',
    'terminal.arrived': '您不在時，有 {count} 條消息發給了 {name}：',
  },
  en: {
    'terminal.greeting':
      'chamber-bot — terminal chat. Type a message; lines pasted together are one message, and a line ending in \\ continues; buttons show as [number]: type the number to press one; /as member|secretary|official|admin switches user; Ctrl-D quits.',
    'terminal.switched': '→ {name} ({role})',
    'terminal.asUsage': '/as member|secretary|official|admin',
    'terminal.pushed': '── pushed to {name} ──',
    'terminal.arrived': '{count} message(s) arrived for {name} while you were away:',
  },
} as const;
