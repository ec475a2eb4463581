/**
 * What the command line says about the embedded database: while it gets ready, and when a second
 * bot is started on a directory another process owns. Same keys in every language.
 */
export const embeddedCatalog = {
  'zh-CN': {
    'embedded.starting': '正在启动，准备内置数据库……',
    'embedded.busy':
      '数据目录 {dir} 的内置数据库正由进程 {pid}（{command}）使用，不能再启动一个机器人。请先停止它（在它的终端按 Ctrl-C，或 kill {pid}），或为这个机器人设置另一个 DATA_DIR。机器人运行时，其他命令（invite、chamber、import……）可以直接在旁边运行。',
  },
  'zh-TW': {
    'embedded.starting': '正在啟動，準備內建資料庫……',
    'embedded.busy':
      '資料目錄 {dir} 的內建資料庫正由行程 {pid}（{command}）使用，不能再啟動一個機器人。請先停止它（在它的終端按 Ctrl-C，或 kill {pid}），或為這個機器人設定另一個 DATA_DIR。機器人執行時，其他命令（invite、chamber、import……）可以直接在旁邊執行。',
  },
  en: {
    'embedded.starting': 'starting, preparing the embedded database …',
    'embedded.busy':
      'the embedded database in {dir} is in use by process {pid} ({command}), so a second bot cannot start on it. Stop that one first (Ctrl-C in its terminal, or kill {pid}), or give this bot another DATA_DIR. While a bot runs, the other commands (invite, chamber, import …) work beside it.',
  },
} as const;
