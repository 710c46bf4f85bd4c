/**
 * Every string of the taskpane, Chinese first. English is used when Office's display language (or,
 * in the browser preview, the browser's) is not Chinese.
 */
import type { NumberingStyle, Problem, TeamRole } from './api.ts';

/** What a paragraph renumbering left alone holds (word/document.ts SkipReason). */
const skipReasonsZh: Record<string, string> = {
  footnote: '含脚注或尾注标记',
  comment: '含批注',
  field: '含域（页码、交叉引用等）',
  picture: '含图片或对象',
  special: '含特殊字符',
  markerNotFound: '的编号 Word 查找不到（不在段首或含隐藏内容）',
  beyondMarker: '要改动的不只是段首编号',
  changedSince: '在改编号后又被修改过',
  locked: '的编号在不可编辑的内容控件中',
};

const skipReasonsEn: Record<string, string> = {
  footnote: 'holds a footnote or endnote mark',
  comment: 'holds a comment',
  field: 'holds a field (page number, cross-reference…)',
  picture: 'holds a picture or object',
  special: 'holds a special character',
  markerNotFound: 'has a number Word cannot find at its start',
  beyondMarker: 'would change more than its number',
  changedSince: 'was edited after its number was changed',
  locked: 'has its number in a content control that cannot be edited',
};

const zh = {
  appTitle: '提纲助手',
  previewBadge: '浏览器预览',
  previewNotice: '未在 Word 中运行：下方的模拟文档代替 Word 文档，可试用全部功能。',
  previewNoticeOtherHost: '提纲助手只支持 Word：下方的模拟文档代替 Word 文档。',
  tabsLabel: '功能',
  tabTemplates: '模板',
  tabNumbering: '编号',
  tabImport: '导入',
  tabTeam: '团队',
  // Templates
  searchLabel: '搜索模板',
  searchPlaceholder: '名称或分类',
  categoryLabel: '分类',
  allCategories: '全部分类',
  templateListLabel: '模板列表',
  templateCount: (shown: number, total: number) => (shown < total ? `显示 ${shown} / ${total} 个模板` : `共 ${total} 个模板`),
  noTemplates: '没有符合条件的模板。',
  loadMore: '加载更多',
  nodeCount: (count: number) => `${count} 个条目`,
  styleLabel: '编号样式',
  asAuthored: '按原样（编号已规范）',
  outlinePreviewLabel: '提纲预览',
  insert: '插入到文档',
  teamBadge: '团队',
  updatedMeta: (by: string, date: string) => `${by} · ${date}`,
  // Team: sign in
  tokenLabel: '访问令牌',
  tokenHint: '令牌由管理员发放，只保存在本机的加载项中，不会写入文档。',
  signIn: '登录',
  signOut: '退出登录',
  signingIn: '正在登录…',
  signedInAs: (name: string) => `已登录：${name}`,
  signedOut: '已退出登录。',
  tokenRequired: '请输入访问令牌。',
  tokenRejected: '令牌无效或已撤销，请重新登录',
  // Team: teams and their templates
  teamLabel: '团队',
  loadingTeams: '正在加载团队…',
  noTeams: '你还没有加入任何团队：请团队所有者把你加入，或新建一个团队。',
  roleName: (role: TeamRole) => ({ owner: '所有者', editor: '编辑者', viewer: '查看者' })[role],
  yourRole: (role: string) => `你的角色：${role}`,
  newTeam: '新建团队',
  newTeamName: '团队名称',
  createTeam: '创建团队',
  creatingTeam: '正在创建团队…',
  teamCreated: (name: string) => `已创建团队“${name}”。`,
  teamTemplatesLabel: '团队模板',
  loadingTeamTemplates: '正在加载团队模板…',
  noTeamTemplates: '此团队还没有模板。',
  teamTemplateMeta: (version: number, by: string, date: string) => `v${version} · ${by} · ${date}`,
  someone: '其他成员',
  // Team: a newer version than the document's
  updateAvailable: (name: string, version: number, by: string, date: string) => `“${name}”团队已有更新版本（v${version}，${by} ${date}更新）`,
  documentHasVersion: (version: number) => `文档中是第 ${version} 版。`,
  viewChanges: '查看差异',
  insertNewVersion: '在光标处插入新版本',
  // Team: save the document's headings
  saveHeading: '保存为团队模板',
  readHeadings: '读取文档标题',
  capturing: '正在读取文档标题…',
  captured: (count: number) => `找到 ${count} 个标题。`,
  noHeadings: '没有找到标题：请用“标题 1…9”样式或编号（如“一、”“（一）”）标出标题。',
  moreHeadings: (count: number) => `……另有 ${count} 个标题`,
  saveModeLegend: '保存为',
  saveAsNew: '新模板',
  saveAsVersion: '新版本',
  templateNameLabel: '模板名称',
  templateNameRequired: '请填写模板名称。',
  baseTemplateLabel: '要更新的模板',
  basedOnDocument: (version: number) => `文档来自此模板的第 ${version} 版：将在此版本基础上保存。`,
  basedOnCurrent: '文档不是从此模板插入的：将在当前版本基础上保存。',
  noTemplateToUpdate: '此团队还没有模板：请保存为新模板。',
  save: '保存',
  saving: '正在保存…',
  savedNew: (name: string) => `已保存为团队模板“${name}”（第 1 版）。`,
  savedVersion: (name: string, version: number) => `已保存“${name}”第 ${version} 版。`,
  viewerCannotSave: '你是此团队的查看者：可以插入模板，但不能保存或恢复版本。如需修改，请团队所有者把你设为编辑者。',
  // Team: someone saved first (412)
  conflictHeading: '别人已先保存了新版本',
  conflictFallback: (version: number) => `此模板已有第 ${version} 版。`,
  conflictQuestion: '你的修改尚未保存。请选择：',
  viewTheirs: '查看对方版本',
  overwrite: '覆盖',
  saveAsCopy: '另存为新模板',
  copyName: (name: string, who: string) => `${name}（${who}）`,
  theirsHeading: (version: number, by: string, date: string) => `对方的第 ${version} 版（${by}，${date}）`,
  // Team: history
  historyHeading: '版本历史',
  historyLabel: '版本列表',
  loadingHistory: '正在加载版本历史…',
  versionTitle: (version: number) => `第 ${version} 版`,
  currentVersion: '当前',
  restoredFrom: (version: number) => `由第 ${version} 版恢复`,
  diffHeading: (version: number, current: number) => `第 ${version} 版与当前第 ${current} 版的差异`,
  updateDiffHeading: (version: number, current: number) => `文档中的第 ${version} 版 → 团队最新第 ${current} 版`,
  diffSummary: (added: number, removed: number, changed: number) => `新增 ${added} 个，删除 ${removed} 个，修改 ${changed} 个标题`,
  noDifferences: '标题与当前版本相同。',
  diffAdded: '新增',
  diffRemoved: '删除',
  diffChanged: '修改',
  levelShort: (level: number) => `${level}级`,
  restoreVersion: '恢复此版本',
  restoring: (version: number) => `正在恢复第 ${version} 版…`,
  restored: (version: number, newVersion: number) => `已将第 ${version} 版恢复为第 ${newVersion} 版。`,
  loadingVersion: '正在打开此版本…',
  // Team: delete and the bin
  deleteTemplate: '删除',
  deleteQuestion: (name: string) => `将“${name}”移入团队回收站？团队所有者可以恢复。`,
  confirmDelete: '确认删除',
  cancel: '取消',
  deleting: '正在移入回收站…',
  deleted: '已移入回收站，所有者可恢复。',
  binHeading: '回收站',
  binLabel: '回收站中的模板',
  loadingBin: '正在加载回收站…',
  binEmpty: '回收站是空的。',
  binItemMeta: (version: number, by: string, date: string) => `v${version} · ${by} 删除 · ${date}`,
  binOwnersOnly: '只有团队所有者可以从回收站恢复模板。',
  restoreFromBin: '恢复',
  restoringFromBin: (name: string) => `正在恢复“${name}”…`,
  restoredFromBin: (name: string, version: number) => `已恢复“${name}”（第 ${version} 版）。`,
  // Document settings
  sourceNotRemembered: '此 Word 版本不支持文档设置（需要 WordApi 1.4）：文档不会记录模板来源，也无法提示团队更新。',
  // Numbering
  scopeLegend: '范围',
  scopeDocument: '整篇文档',
  scopeSelection: '所选内容',
  analyse: '检查编号',
  detectedHeading: '检测到的编号',
  noConventionDetected: '未检测到编号。',
  problemsHeading: (count: number) => `问题（${count}）`,
  noProblems: '未发现问题。',
  paragraphLabel: (index: number) => `第 ${index + 1} 段`,
  lineLabel: (index: number) => `第 ${index + 1} 行`,
  targetStyleLabel: '目标样式',
  keepConvention: '保持现有编号，仅修复',
  apply: '应用编号',
  // Import
  importLabel: '粘贴提纲文本',
  importPlaceholder: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务',
  parse: '解析',
  parsedHeading: '解析结果',
  nothingParsed: '没有可导入的内容。',
  // Preview document
  previewDocumentLabel: '模拟文档',
  previewDocumentHint: '单击段落放置光标，按住 Shift 单击选择多段；也可用方向键。',
  previewDocumentSources: (list: string) => `文档设置中记录的模板来源：${list}`,
  templateAtVersion: (name: string, version: number) => `“${name}”第 ${version} 版`,
  // Status and progress
  loading: '正在加载…',
  loadingTemplates: '正在加载模板…',
  loadingTemplate: '正在打开模板…',
  rendering: '正在生成编号…',
  inserting: (count: number) => `正在插入 ${count} 个标题…`,
  inserted: (count: number) => `已插入 ${count} 个标题。`,
  readingDocument: '正在读取文档…',
  analysing: (count: number) => `正在分析 ${count} 个段落…`,
  analysed: (problems: number) => (problems === 0 ? '检查完成，未发现问题。' : `检查完成，发现 ${problems} 个问题。`),
  writing: (count: number) => `正在更新 ${count} 个段落…`,
  applied: (count: number) => (count === 0 ? '编号已符合目标样式，无需修改。' : `已更新 ${count} 个段落。`),
  parsing: '正在解析…',
  parsed: (nodes: number, problems: number) => `解析出 ${nodes} 个条目，${problems} 个问题。`,
  keptOut: (lines: number[]) => `${lines.length} 行按正文处理，未作为标题：第 ${shortList(lines, '、', '等')} 行。`,
  emptySelection: '所选内容中没有段落。',
  // Errors
  serverUnreachable: '无法连接提纲服务器，请检查网络或稍后重试。',
  serverError: (status: number) => `服务器出错（${status}）。`,
  wordRefused: (message: string, code: string) => (/\p{Script=Han}/u.test(message) ? `Word 未能完成操作：${message}` : `Word 未能完成操作（${code}），请重试。`),
  documentChanged: '文档在检查后已被修改，请重新检查编号。',
  wordTooOld: '当前 Word 版本过旧（需要 WordApi 1.3）：请更新 Office 后使用插入和编号功能。',
  unexpected: (message: string) => (/\p{Script=Han}/u.test(message) ? `出错了：${message}` : '出错了，操作未完成。请重试；如果问题仍然出现，请联系管理员。'),
  problemMessage: (problem: Problem) => problem.message,
  // UI messages
  connectingWord: '正在连接 Word…',
  connectingHint: 'Word 正在启动提纲助手，请稍候。长时间没有反应时，请点“重试”。',
  officeJsUnavailable: '未能加载 Office.js：请检查网络或代理设置，然后点“重试”。',
  noOfficeHost: 'Office 没有连接到 Word：请点“重试”，或关闭后重新打开提纲助手。',
  retry: '重试',
  requestTimedOut: '服务器长时间没有响应，请重试。',
  failedPart: (what: string, message: string) => `${what}：${message}`,
  stylesNotLoaded: '编号样式没有加载',
  sessionNotChecked: '登录状态没有核对',
  categoriesNotLoaded: '模板分类没有加载',
  templatesNotLoaded: '模板列表没有加载',
  renderFailed: (message: string) => `没能按所选样式编号，仍显示原来的样式：${message}`,
  duplicateName: (name: string) => `团队已有名为“${name}”的模板。`,
  saveAsVersionOfExisting: '保存为新版本',
  alreadyCurrent: (version: number) => `已是最新：内容与第 ${version} 版相同，没有生成新版本。`,
  timeZoneNamed: (date: string, zone: string) => `${date}（${zone}）`,
  appliedAndChecked: (applied: string, checked: string) => `${applied}${checked}`,
  appliedNotRechecked: (applied: string, message: string) => `${applied}但重新检查编号未完成：${message}`,
  teamNameRequired: '请填写团队名称。',
  wordItemNotFound: 'Word 找不到要修改的内容：文档可能刚被修改，请重试。',
  wordAccessDenied: 'Word 拒绝修改：文档处于“查看”模式、只读或受保护。请切换到“编辑”模式（网页版：右上角“编辑”），只读文件请另存一份，受保护的文档请先停止保护（审阅 → 限制编辑），再试一次。',
  wordTooMuch: '文档太大，Word 网页版无法一次传完：请在“范围”中选“所选内容”，分几部分编号；或在桌面版 Word 中打开。',
  wordGeneral: 'Word 未能完成操作。如果文档处于“查看”模式、只读或受保护，请切换到“编辑”模式或停止保护后重试。',
  wordSearchDialogOpen: 'Word 的“查找和替换”对话框开着，提纲助手无法查找编号：请关闭该对话框，再试一次。',
  wordSearchTooLong: 'Word 查找的文字最多 255 个字符：这一段的编号太长，请手动修改。',
  // Word module messages
  wordRevisionsPresent: '文档中有未处理的修订：修订中删除的文字仍会被当作段落文字读取，编号会出错。请先接受或拒绝修订（审阅 → 接受/拒绝），再试一次。',
  wordTrackingOn: '文档处于修订模式：编号的修改会成为修订，之后无法再正确读取编号。请先关闭修订（审阅 → 修订），再应用编号。',
  wordCursorInTable: '光标在表格中：提纲不能插入表格。请把光标放到表格外的正文段落，再插入。',
  wordCursorOutsideBody: '光标不在正文中（页眉、页脚、脚注或文本框）：请把光标放到正文段落，再插入提纲。',
  wordSelectionOutsideBody: '所选内容不在正文中（页眉、页脚、脚注或文本框）：请在正文中选择要编号的段落。',
  wordListItemsKept: (count: number) => `${count} 个段落使用 Word 自动编号，已保持原样。`,
  wordProtected: '文档受保护（限制编辑）：提纲助手的修改会被拒绝或成为修订。请先停止保护（审阅 → 限制编辑 → 停止保护），再试一次。',
  wordCursorInTextBox: '光标在文本框中：提纲不能插入文本框。请把光标放到正文段落，再插入。',
  partialWrite: (written: number, notWritten: number) => `写入中途失败：已改 ${written} 段，其余 ${notWritten} 段未改。可按 Ctrl+Z 撤销，或点“恢复”改回原来的编号。`,
  writeUnexpected: (written: number, unexpected: number) =>
    `已改 ${written} 段；另有 ${unexpected} 段与预期不同，可能被记成了修订（修订模式打开时会这样）：请检查文档，按 Ctrl+Z 撤销，或在“审阅”中拒绝这些修订，关闭修订后再应用编号。`,
  partialWriteUnknown: '写入中途失败，无法确认改了哪些段落：请检查文档，可按 Ctrl+Z 撤销，或点“恢复”改回原来的编号。',
  skippedParagraph: (paragraph: number, reason: string) => `第 ${paragraph} 段${skipReasonsZh[reason] ?? '无法安全修改'}，未改动，请手动修改编号。`,
  skippedHeading: (count: number) => `${count} 段未改动：`,
  restoreMarkers: '恢复',
  restoreHint: '把刚才修改的段落改回原来的编号',
  restoringMarkers: '正在恢复原来的编号…',
  restoredMarkers: (count: number) => `已恢复 ${count} 段原来的编号。`,
  readingProgress: (done: number, total: number) => `正在读取文档：${done} / ${total} 段…`,
  progressLabel: '进度',
  templateNotRecorded: '文档设置未能记录模板来源（标题已插入）：团队更新提示对这份文档不可用。',
  headingsWordNumbered: (count: number) => `${count} 个标题仍带有 Word 自动编号（样式链接了多级列表）：请在“开始 → 多级列表”中选“无”。`,
};

export type Strings = typeof zh;

/** 3、5、9、… : at most ten numbers, then the word for "and more". */
function shortList(numbers: number[], separator: string, more: string): string {
  const shown = numbers.slice(0, 10).join(separator);
  return numbers.length > 10 ? `${shown}${more}` : shown;
}

const englishProblems: Record<string, (problem: Problem) => string> = {
  gap: (p) => `Numbering skips: expected “${p.expected}”, found “${p.found}”.`,
  duplicate: (p) => `Repeated number “${p.found}”: expected “${p.expected}”.`,
  'out-of-order': (p) => `Out of order: expected “${p.expected}”, found “${p.found}”.`,
  'nonstandard-punctuation': (p) => `Nonstandard punctuation: “${p.found}” should be “${p.expected}”.`,
  'half-width-bracket': (p) => `Half-width brackets: “${p.found}” should be “${p.expected}”.`,
  'selection-style-mismatch': (p) =>
    `Only the selection changes: outside it, paragraph ${p.index + 1} keeps “${p.found}” where this style writes “${p.expected}”. Renumber with nothing selected to make the whole document agree.`,
};

const en: Strings = {
  appTitle: 'Outline Assistant',
  previewBadge: 'Browser preview',
  previewNotice: 'Not running in Word: the simulated document below stands in for a Word document, so every feature can be tried.',
  previewNoticeOtherHost: 'Outline Assistant supports Word only: the simulated document below stands in for a Word document.',
  tabsLabel: 'Features',
  tabTemplates: 'Templates',
  tabNumbering: 'Numbering',
  tabImport: 'Import',
  tabTeam: 'Team',
  searchLabel: 'Search templates',
  searchPlaceholder: 'Name or category',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  templateListLabel: 'Templates',
  templateCount: (shown, total) => (shown < total ? `Showing ${shown} of ${total} templates` : `${total} templates`),
  noTemplates: 'No template matches.',
  loadMore: 'Load more',
  nodeCount: (count) => `${count} items`,
  styleLabel: 'Numbering style',
  asAuthored: 'As authored (numbering tidied)',
  outlinePreviewLabel: 'Outline preview',
  insert: 'Insert into document',
  teamBadge: 'Team',
  updatedMeta: (by, date) => `${by} · ${date}`,
  tokenLabel: 'Access token',
  tokenHint: 'Your administrator gives you a token. The add-in keeps it on this computer, never in the document.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signingIn: 'Signing in…',
  signedInAs: (name) => `Signed in as ${name}`,
  signedOut: 'Signed out.',
  tokenRequired: 'Enter your access token.',
  tokenRejected: 'The token is invalid or has been revoked: sign in again.',
  teamLabel: 'Team',
  loadingTeams: 'Loading teams…',
  noTeams: 'You are not in a team yet: ask a team owner to add you, or create a team.',
  roleName: (role) => ({ owner: 'owner', editor: 'editor', viewer: 'viewer' })[role],
  yourRole: (role) => `Your role: ${role}`,
  newTeam: 'New team',
  newTeamName: 'Team name',
  createTeam: 'Create team',
  creatingTeam: 'Creating the team…',
  teamCreated: (name) => `Team “${name}” created.`,
  teamTemplatesLabel: 'Team templates',
  loadingTeamTemplates: 'Loading team templates…',
  noTeamTemplates: 'This team has no templates yet.',
  teamTemplateMeta: (version, by, date) => `v${version} · ${by} · ${date}`,
  someone: 'another member',
  updateAvailable: (name, version, by, date) => `The team has a newer version of “${name}” (v${version}, updated by ${by} on ${date})`,
  documentHasVersion: (version) => `The document has version ${version}.`,
  viewChanges: 'View changes',
  insertNewVersion: 'Insert the new version at the cursor',
  saveHeading: 'Save as team template',
  readHeadings: 'Read the headings',
  capturing: 'Reading the document’s headings…',
  captured: (count) => `Found ${count} headings.`,
  noHeadings: 'No headings found: mark headings with the Heading 1…9 styles or with numbers such as “一、” or “（一）”.',
  moreHeadings: (count) => `… and ${count} more headings`,
  saveModeLegend: 'Save as',
  saveAsNew: 'New template',
  saveAsVersion: 'New version',
  templateNameLabel: 'Template name',
  templateNameRequired: 'Enter a template name.',
  baseTemplateLabel: 'Template to update',
  basedOnDocument: (version) => `The document came from version ${version} of this template: the save is based on it.`,
  basedOnCurrent: 'The document was not inserted from this template: the save is based on its current version.',
  noTemplateToUpdate: 'This team has no templates yet: save a new template.',
  save: 'Save',
  saving: 'Saving…',
  savedNew: (name) => `Saved as team template “${name}” (version 1).`,
  savedVersion: (name, version) => `Saved version ${version} of “${name}”.`,
  viewerCannotSave: 'You are a viewer in this team: you can insert templates but not save or restore them. Ask a team owner to make you an editor.',
  conflictHeading: 'Someone saved a new version first',
  conflictFallback: (version) => `This template is now at version ${version}.`,
  conflictQuestion: 'Your changes are not saved yet. Choose:',
  viewTheirs: 'View their version',
  overwrite: 'Overwrite',
  saveAsCopy: 'Save as new template',
  copyName: (name, who) => `${name} (${who})`,
  theirsHeading: (version, by, date) => `Their version ${version} (${by}, ${date})`,
  historyHeading: 'Version history',
  historyLabel: 'Versions',
  loadingHistory: 'Loading the history…',
  versionTitle: (version) => `Version ${version}`,
  currentVersion: 'current',
  restoredFrom: (version) => `restored from version ${version}`,
  diffHeading: (version, current) => `Version ${version} compared with the current version ${current}`,
  updateDiffHeading: (version, current) => `Version ${version} in the document → the team’s version ${current}`,
  diffSummary: (added, removed, changed) => `${added} added, ${removed} removed, ${changed} changed headings`,
  noDifferences: 'The headings are the same as the current version.',
  diffAdded: 'Added',
  diffRemoved: 'Removed',
  diffChanged: 'Changed',
  levelShort: (level) => `L${level}`,
  restoreVersion: 'Restore this version',
  restoring: (version) => `Restoring version ${version}…`,
  restored: (version, newVersion) => `Version ${version} restored as version ${newVersion}.`,
  loadingVersion: 'Opening this version…',
  deleteTemplate: 'Delete',
  deleteQuestion: (name) => `Move “${name}” to the team’s bin? A team owner can restore it.`,
  confirmDelete: 'Move to bin',
  cancel: 'Cancel',
  deleting: 'Moving to the bin…',
  deleted: 'Moved to the bin: an owner can restore it.',
  binHeading: 'Bin',
  binLabel: 'Templates in the bin',
  loadingBin: 'Loading the bin…',
  binEmpty: 'The bin is empty.',
  binItemMeta: (version, by, date) => `v${version} · deleted by ${by} · ${date}`,
  binOwnersOnly: 'Only team owners can restore templates from the bin.',
  restoreFromBin: 'Restore',
  restoringFromBin: (name) => `Restoring “${name}”…`,
  restoredFromBin: (name, version) => `Restored “${name}” (version ${version}).`,
  sourceNotRemembered: 'This version of Word has no document settings (WordApi 1.4 is needed): the document will not remember its template, and team updates cannot be announced.',
  scopeLegend: 'Scope',
  scopeDocument: 'Whole document',
  scopeSelection: 'Selection',
  analyse: 'Check numbering',
  detectedHeading: 'Detected numbering',
  noConventionDetected: 'No numbering detected.',
  problemsHeading: (count) => `Problems (${count})`,
  noProblems: 'No problems found.',
  paragraphLabel: (index) => `Paragraph ${index + 1}`,
  lineLabel: (index) => `Line ${index + 1}`,
  targetStyleLabel: 'Target style',
  keepConvention: 'Keep current numbering, repair only',
  apply: 'Apply numbering',
  importLabel: 'Paste an outline',
  importPlaceholder: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务',
  parse: 'Parse',
  parsedHeading: 'Parsed outline',
  nothingParsed: 'Nothing to import.',
  previewDocumentLabel: 'Simulated document',
  previewDocumentHint: 'Click a paragraph to place the cursor, Shift+click to select several; arrow keys work too.',
  previewDocumentSources: (list) => `The document’s settings remember its templates: ${list}`,
  templateAtVersion: (name, version) => `“${name}” version ${version}`,
  loading: 'Loading…',
  loadingTemplates: 'Loading templates…',
  loadingTemplate: 'Opening template…',
  rendering: 'Numbering the outline…',
  inserting: (count) => `Inserting ${count} headings…`,
  inserted: (count) => `Inserted ${count} headings.`,
  readingDocument: 'Reading the document…',
  analysing: (count) => `Analysing ${count} paragraphs…`,
  analysed: (problems) => (problems === 0 ? 'Check complete: no problems found.' : `Check complete: ${problems} problems found.`),
  writing: (count) => `Updating ${count} paragraphs…`,
  applied: (count) => (count === 0 ? 'The numbering already matches: nothing to change.' : `Updated ${count} paragraphs.`),
  parsing: 'Parsing…',
  parsed: (nodes, problems) => `Parsed ${nodes} items, ${problems} problems.`,
  keptOut: (lines) => `${lines.length} lines read as body text, not headings: line ${shortList(lines, ', ', '…')}.`,
  emptySelection: 'The selection holds no paragraph.',
  serverUnreachable: 'Cannot reach the outline server. Check the network or try again later.',
  serverError: (status) => `The server failed (${status}).`,
  wordRefused: (message) => `Word could not complete the operation: ${message}`,
  documentChanged: 'The document changed since it was checked: check the numbering again.',
  wordTooOld: 'This version of Word is too old (WordApi 1.3 is needed): update Office to insert and renumber.',
  unexpected: (message) => `Something went wrong: ${message}`,
  problemMessage: (problem) => englishProblems[problem.code]?.(problem) ?? problem.message,
  // UI messages
  connectingWord: 'Connecting to Word…',
  connectingHint: 'Word is starting Outline Assistant. If nothing happens for a long time, select Retry.',
  officeJsUnavailable: 'Office.js could not be loaded: check the network or proxy settings, then select Retry.',
  noOfficeHost: 'Office did not connect to Word: select Retry, or close and reopen Outline Assistant.',
  retry: 'Retry',
  requestTimedOut: 'The server took too long to answer: try again.',
  failedPart: (what, message) => `${what}: ${message}`,
  stylesNotLoaded: 'The numbering styles did not load',
  sessionNotChecked: 'Your sign-in could not be checked',
  categoriesNotLoaded: 'The template categories did not load',
  templatesNotLoaded: 'The template list did not load',
  renderFailed: (message) => `Could not number the outline in the chosen style; the previous style is still shown: ${message}`,
  duplicateName: (name) => `The team already has a template named “${name}”.`,
  saveAsVersionOfExisting: 'Save as a new version',
  alreadyCurrent: (version) => `Already up to date: the content is the same as version ${version}, no new version was made.`,
  timeZoneNamed: (date, zone) => `${date} (${zone})`,
  appliedAndChecked: (applied, checked) => `${applied} ${checked}`,
  appliedNotRechecked: (applied, message) => `${applied} The numbering could not be checked again: ${message}`,
  teamNameRequired: 'Enter a team name.',
  wordItemNotFound: 'Word cannot find what it was asked to change: the document may have just changed. Try again.',
  wordAccessDenied: 'Word refused the change: the document is in Viewing mode, read-only or protected. Switch to Editing (Word on the web: Editing, top right), save a copy of a read-only file, or stop protection (Review → Restrict Editing), then try again.',
  wordTooMuch: 'The document is too large for Word on the web to send at once: choose Selection under Scope and renumber it in parts, or open it in desktop Word.',
  wordGeneral: 'Word could not complete the operation. If the document is in Viewing mode, read-only or protected, switch to Editing or stop protection, then try again.',
  wordSearchDialogOpen: "Word's Find and Replace dialog is open, so Outline Assistant cannot search for the numbers: close it, then try again.",
  wordSearchTooLong: "Word's search takes at most 255 characters: this paragraph's number is too long, change it by hand.",
  // Word module messages
  wordRevisionsPresent: 'The document holds tracked changes: text deleted as a revision would still be read as paragraph text and the numbering would go wrong. Accept or reject the revisions (Review → Accept/Reject), then try again.',
  wordTrackingOn: 'Track Changes is on: the numbering edits would become revisions and the numbering could no longer be read. Turn Track Changes off (Review → Track Changes), then apply the numbering.',
  wordCursorInTable: 'The cursor is in a table: an outline cannot go into a table. Put the cursor in a body paragraph outside the table, then insert.',
  wordCursorOutsideBody: 'The cursor is not in the main text (header, footer, footnote or text box): put it in a body paragraph, then insert the outline.',
  wordSelectionOutsideBody: 'The selection is not in the main text (header, footer, footnote or text box): select the paragraphs to renumber in the body.',
  wordListItemsKept: (count) => `${count} paragraphs use Word's automatic numbering and were left as they are.`,
  wordProtected: 'The document is protected (Restrict Editing): Outline Assistant’s changes would be refused or become revisions. Stop protection (Review → Restrict Editing → Stop Protection), then try again.',
  wordCursorInTextBox: 'The cursor is in a text box: an outline cannot go into a text box. Put the cursor in a body paragraph, then insert.',
  partialWrite: (written, notWritten) => `The write failed half-way: ${written} paragraphs were changed, the other ${notWritten} were not. Press Ctrl+Z to undo, or select Restore to put the old numbers back.`,
  writeUnexpected: (written, unexpected) =>
    `${written} paragraphs were changed; ${unexpected} others now read differently than written, probably recorded as revisions (Track Changes on): check the document, press Ctrl+Z or reject those revisions under Review, turn Track Changes off, then apply again.`,
  partialWriteUnknown: 'The write failed half-way and Word could not say which paragraphs changed: check the document, press Ctrl+Z to undo, or select Restore to put the old numbers back.',
  skippedParagraph: (paragraph, reason) => `Paragraph ${paragraph} ${skipReasonsEn[reason] ?? 'cannot be changed safely'}: left as it is, change its number by hand.`,
  skippedHeading: (count) => `${count} paragraphs left as they are:`,
  restoreMarkers: 'Restore',
  restoreHint: 'Put the old numbers back in the paragraphs just changed',
  restoringMarkers: 'Restoring the old numbers…',
  restoredMarkers: (count) => `Restored the old numbers of ${count} paragraphs.`,
  readingProgress: (done, total) => `Reading the document: ${done} of ${total} paragraphs…`,
  progressLabel: 'Progress',
  templateNotRecorded: 'The document settings could not record the template (the headings are in): team updates cannot be announced for this document.',
  headingsWordNumbered: (count) => `${count} headings still carry Word's automatic numbers (their style is linked to a multilevel list): choose None under Home → Multilevel List.`,
};

export type Language = 'zh' | 'en';

export function languageOf(tag: string | undefined | null): Language {
  return !tag || /^zh\b/i.test(tag) ? 'zh' : 'en';
}

export let strings: Strings = zh;
let currentLanguage: Language = 'zh';

export function setLanguage(language: Language): void {
  currentLanguage = language;
  strings = language === 'zh' ? zh : en;
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

export function styleName(style: NumberingStyle): string {
  return currentLanguage === 'zh' ? style.name : style.nameEn;
}

function locale(): string {
  return currentLanguage === 'zh' ? 'zh-CN' : 'en-GB';
}

/** Where times are shown when no team says otherwise (built-in templates, signed out): China's. */
export const defaultTimeZone = 'Asia/Shanghai';
let displayTimeZone = defaultTimeZone;

/** Every time on the page is shown in one zone: the current team's (an IANA name), else defaultTimeZone. True when it changed. */
export function setDisplayTimeZone(zone: string | null | undefined): boolean {
  const previous = displayTimeZone;
  displayTimeZone = zone && isTimeZone(zone) ? zone : defaultTimeZone;
  return displayTimeZone !== previous;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone the browser (Word's webview) shows times in. */
function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The one formatter of the page's dates: a day ("11月25日" / "25 Nov", with the year when it is not
 * this year's) and, with `time`, its hour and minute, in the display zone, named ("中国标准时间") when
 * it is not the browser's, so that a time never reads as local when it is not.
 */
function formatInstant(iso: string, time: boolean, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = displayTimeZone;
  const yearOf = (instant: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(instant);
  const year = yearOf(date) === yearOf(now) ? undefined : 'numeric';
  const day = new Intl.DateTimeFormat(locale(), { year, month: currentLanguage === 'zh' ? 'long' : 'short', day: 'numeric', timeZone }).format(date);
  const clock = time ? new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(date) : undefined;
  const text = clock === undefined ? day : currentLanguage === 'zh' ? `${day} ${clock}` : `${day}, ${clock}`;
  if (timeZone === browserTimeZone()) return text;
  const zoneName = new Intl.DateTimeFormat(locale(), { timeZone, timeZoneName: 'long' }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return strings.timeZoneNamed(text, zoneName);
}

/** A day in the UI language and the display zone: "11月25日" / "25 Nov". */
export function formatDay(iso: string, now = new Date()): string {
  return formatInstant(iso, false, now);
}

/** A day and time in the UI language and the display zone: "11月25日 14:05" / "25 Nov, 14:05". */
export function formatDateTime(iso: string, now = new Date()): string {
  return formatInstant(iso, true, now);
}
