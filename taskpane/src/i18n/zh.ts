/**
 * The taskpane's strings in Chinese, the first language. Loaded with import() once the language is
 * known (../i18n.ts), so the English table is never loaded with it. Its shape is the type Strings:
 * en.ts must hold the same keys (a key missing there, or one it has more, is a type error).
 */
import type { Problem, TeamRole } from '../api.ts';

/** 3、5、9… : at most ten line numbers, then 等. Written here, not shared with en.ts: a shared module would be a chunk of its own, one more request before the page starts. */
function lineList(lines: number[]): string {
  return lines.slice(0, 10).join('、') + (lines.length > 10 ? '等' : '');
}

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

export const zh = {
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
  // Office single sign-on (#13, 团队 tab): 使用单位账号登录, and why Office could not sign the user in.
  // The codes are Office's (learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins).
  officeSignIn: '使用单位账号登录',
  officeSignInHint: '用你登录 Office 的单位账号登录，无需访问令牌。',
  orSignInWithToken: '或者使用管理员发放的访问令牌登录：',
  officeSigningIn: '正在通过 Office 登录…',
  officeSignInEnded: '单位账号的登录已失效，请重新登录。',
  officeSignInFailed: (by: 'office' | 'server', code: number | null): string => {
    const fallback = '可以改用访问令牌登录。';
    if (by === 'server') return `服务器没有接受 Office 提供的单位账号凭据（可能是服务器的单点登录配置与应用注册不一致）。请联系管理员，或${fallback}`;
    switch (code) {
      case 13001:
        return `你还没有登录 Office：请先在 Office 右上角登录单位账号，再点“使用单位账号登录”；或者${fallback}`;
      case 13002:
        return `已取消单位账号登录。需要时可以再点“使用单位账号登录”，或者${fallback}`;
      case 13003:
        return `当前登录 Office 的账号不是工作或学校账号（或 Microsoft 账号），无法用它登录本加载项。${fallback}`;
      case 13006:
        return `Office 网页版的登录状态出错：请退出 Office 网页版、关闭浏览器后重新打开再试；或者${fallback}`;
      case 13008:
        return '上一次登录还没有完成，请稍候片刻再点“使用单位账号登录”。';
      case 13010:
        return `浏览器的安全区域设置阻止了 Office 登录（Office 网页版的地址与 login.microsoftonline.com 不在同一区域）。请联系管理员；或者${fallback}`;
      case 13013:
        return `登录请求过于频繁，Office 暂时拒绝：请稍后再试；或者${fallback}`;
      case 13004:
      case 13005:
      case 13007:
        return `Office 无法为本加载项取得单位账号凭据（错误 ${code}）：可能是单位的应用注册或管理员同意尚未完成。请联系管理员，或${fallback}`;
      case 13000:
      case 13012:
      case 50001:
        return `此版本或此平台的 Office 不支持单位账号登录（错误 ${code}）。${fallback}`;
      default:
        return `单位账号登录失败${code === null ? '' : `（错误 ${code}）`}。${fallback}`;
    }
  },
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
  keptOut: (lines: number[]) => `${lines.length} 行按正文处理，未作为标题：第 ${lineList(lines)} 行。`,
  emptySelection: '所选内容中没有段落。',
  // Errors
  serverUnreachable: '无法连接提纲服务器，请检查网络或稍后重试。',
  serverError: (status: number) => `服务器出错（${status}）。`,
  wordRefused: (message: string, code: string) => (/\p{Script=Han}/u.test(message) ? `Word 未能完成操作：${message}` : `Word 未能完成操作（${code}），请重试。`),
  documentChanged: '文档在检查后已被修改，请重新检查编号。',
  wordTooOld: '当前 Word 版本过旧（需要 WordApi 1.3）：请更新 Office 后使用插入和编号功能。',
  popoverUnsupported: '此 Office 使用的浏览器组件过旧，下拉列表无法展开：请更新 Office（Mac 上还需更新 macOS，Safari 17 或更高）。',
  unexpected: (message: string) => (/\p{Script=Han}/u.test(message) ? `出错了：${message}` : '出错了，操作未完成。请重试；如果问题仍然出现，请联系管理员。'),
  problemMessage: (problem: Problem) => problem.message,
  // UI messages
  connectingWord: '正在连接 Word…',
  connectionFailed: '未能连接 Word。',
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
  wordListItemsKept: (count: number) => `其中 ${count} 个段落使用 Word 自动编号：按 Word 显示的编号检查，改编号时只改 Word 的编号，不改文字。`,
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
  // Numbering mode, typography, .docx (how an outline goes into Word)
  numberingModeLegend: '编号方式',
  numberingModeText: '文本编号',
  numberingModeList: 'Word 自动编号',
  typographyLegend: '排版',
  typographyNone: '无',
  typographyGongwen: '公文（GB/T 9704）',
  boldLevel3: '三级标题加粗',
  downloadDocx: '下载 Word 文档',
  typographyQuestionTitle: '公文排版',
  typographyQuestion: '按公文格式修改文档的“标题 1–4”和“正文”样式？这会改变整篇文档的外观（字体、字号、行距）。也可以只设置插入的标题的格式，文档样式不变。',
  typographyToStyles: '修改文档样式',
  typographyDirect: '只设置插入的标题',
  insertedAsList: '编号使用 Word 自动编号（多级列表）。',
  typographyStylesApplied: '已按公文格式修改文档的标题 1–4 和正文样式。',
  typographyAppliedDirectly: '已按公文格式设置插入的标题，文档样式未改。',
  typographyStylesFailed: (message: string) => `但文档样式没有修改：${message}`,
  preparingDocx: '正在生成 Word 文档…',
  downloadedDocx: (name: string) => `已下载“${name}”。`,
  downloadOpenedInBrowser: '此版本的 Word 不能在任务窗格中下载文件：已在浏览器中打开下载。',
  downloadUnsupported: '此版本的 Word（Mac、iPad）不能在任务窗格中下载文件：请在 Windows 版或网页版 Word 中下载，或先插入到文档，再用“文件 → 另存为”。',
  // Numbering: converting between literal markers and Word's list numbering
  convertLegend: '编号方式转换',
  convertToList: '转为自动编号',
  convertToText: '转为文本编号',
  convertingToList: '正在转为 Word 自动编号…',
  convertingToText: '正在转为文本编号…',
  convertedToList: (count: number) => (count === 0 ? '没有可转换的标题。' : `已将 ${count} 个标题转为 Word 自动编号。`),
  convertedToText: (count: number) => (count === 0 ? '没有使用 Word 自动编号的标题。' : `已将 ${count} 个标题的自动编号转为文本编号。`),
  convertHint: '按“范围”转换标题：转为自动编号时使用“目标样式”（或文档现有的编号）；正文不变。',
  noConventionToConvert: '没有检测到编号，无法确定自动编号的格式：请在“目标样式”中选择一种编号样式。',
  typographyStylesUnsupported: '但此 Word 版本不能修改样式（需要 WordApi 1.5，Office 2016–2021 没有）：文档样式未改。可以在插入时选“只设置插入的标题”。',
  typographyStylesMissing: (styles: string[]) => `文档中找不到这些样式，未修改：${styles.map((style) => (style === 'Normal' ? '正文' : style.replace(/^Heading(\d)$/, '标题 $1'))).join('、')}。`,
  typographyEastAsiaNotSet: '此 Word（网页版）不能设置样式的中文字体：中文仍用原来的字体。请在桌面版 Word 中再应用一次，或手动修改样式的“中文字体”。',
  headingsMislanded: (count: number) => `${count} 个标题插入后的样式或自动编号与预期不同，请检查。`,
  ooxmlRefused: '此 Word 不能插入 Office Open XML（Word 自动编号和公文排版需要）：请把“编号方式”选为“文本编号”、“排版”选为“无”，再插入。',
  ooxmlTooLarge: '提纲太大，Word 网页版无法一次插入：请分几部分插入，或在桌面版 Word 中插入。',
  convertNothingWritten: (count: number) => `${count} 段无法安全转换，整个转换没有进行：请先手动处理这些段落。`,
  labelsDiffer: (paragraphs: number[]) => `第 ${paragraphs.slice(0, 10).join('、')} 段的自动编号与预期不同（所选内容的列表从 1 开始编号），请检查。`,
  // Fill-in fields ({单位}): the form on insert, and turning text back into fields in 保存为团队模板
  checkingFields: '正在检查填写字段…',
  fieldsHeading: '填写字段',
  fieldsHint: '填写的内容插入到标题中。留空的字段在文档中保持 {名称} 并突出显示，便于以后查找填写。',
  fieldComputed: '（自动计算，可修改）',
  fieldsInsert: '插入',
  fieldsLeftUnfilled: (names: string[]) => `${names.map((name) => `{${name}}`).join('、')} 未填写：在文档中保持原样并突出显示。`,
  fieldValuesNotRemembered: (message: string) => `填写的内容没有记住，下次需要重新填写：${message}`,
  fieldCandidatesLegend: '转为填写字段',
  fieldCandidatesHint: '勾选的文字在保存的模板中换成字段，插入时再填写；不勾选的保持原样。',
  fieldCandidate: (text: string, count: number) => `“${text}”（${count} 处）`,
  fieldCandidateName: (text: string) => `“${text}”转为的字段名`,
  fieldNameRequired: '请填写字段名称。',
  fieldsReplaced: (count: number) => `已把 ${count} 处文字转为字段。`,
  // The outlines in the document and 更新到新版本 (ui/document-outlines.ts, ui/outline-update.ts)
  documentOutlinesHeading: '文档中的提纲',
  outlineVersion: (version: number) => `第 ${version} 版`,
  outlineParagraphs: (count: number) => `${count} 段`,
  outlineNewerVersion: (version: number) => `团队已有第 ${version} 版`,
  outlineUpToDate: '已是最新版本',
  outlineBuiltInHint: '内置模板没有历史版本，不提供就地更新。',
  outlineUntracked: '插入时还没有标记位置，不能就地更新：可在“团队”中查看差异或在光标处插入新版本。',
  updateToNewVersion: '更新到新版本',
  updateToNewVersionOf: (name: string) => `更新“${name}”到新版本`,
  loadingDocumentOutlines: '正在读取文档中的提纲…',
  preparingMerge: '正在计算合并…',
  mergePreviewHeading: (name: string, from: number, to: number) => `“${name}”：第 ${from} 版 → 第 ${to} 版`,
  mergeCounts: (kept: number, moved: number, added: number, removedKept: number, removed: number) =>
    `标题：保留 ${kept}、移动 ${moved}、新增 ${added}、已删除但保留 ${removedKept}、移除空标题 ${removed}`,
  mergeBodyCount: (count: number) => (count === 0 ? '没有正文段落。' : `正文 ${count} 段，全部随标题保留，文字不变。`),
  mergeOrigin: { kept: '保留', moved: '移动', new: '新增', 'removed-kept': '已删除但保留' } as Record<'kept' | 'moved' | 'new' | 'removed-kept', string>,
  mergeRemovedHeading: (count: number) => `移除的空标题（${count}）`,
  mergeResultLabel: '更新后的提纲',
  mergeRemovedKeptHint: '“已删除但保留”的标题新版本已删除，但下面有您写的内容，保留在文档中并加以标记。',
  applyMerge: '应用',
  applyingMerge: '正在更新文档…',
  mergeApplied: (name: string, version: number, moved: number, added: number, removedKept: number, removed: number) =>
    `已将“${name}”更新到第 ${version} 版：移动 ${moved} 个标题，新增 ${added} 个，保留已删除标题 ${removedKept} 个，移除空标题 ${removed} 个。`,
  mergeDocumentChanged: '文档在预览后有改动，请重新预览。',
  mergeInvalid: '服务器算出的更新会丢失或改动您写的正文，已拒绝，文档没有改动。请重新预览；如果仍然如此，请联系管理员。',
  mergeCancelled: '已取消，文档没有改动。',
  // Living outlines: the content control around an inserted outline, and applying a merge (Word module)
  wordOutlinesUnsupported: '此 Word 版本不能读取或更新已插入的提纲（需要 WordApi 1.3）：请在较新的 Word（Microsoft 365 或网页版）中打开文档。',
  wordOutlineLocked: '这个提纲的内容控件设置了“无法编辑内容”：请在“开发工具 → 属性”中取消锁定，再更新。',
  wordOutlineHeadingObjects: '要改名的标题中有脚注、批注、域或图片，整段替换会删掉它们：这次更新没有写入。请先把它们移出标题，再更新。',
  wordOutlineTable: '提纲中有表格，这次更新会移动表格中的段落或在表格后插入标题，可能把表格拆开：没有写入。请先把表格移到提纲之外（或放在不移动的一节中），再更新。',
  outlineNotFound: '文档中找不到这个提纲（内容控件已被删除或文档已重新打开）：请刷新提纲列表，再试一次。',
  outlineRemovedKeptComment: '新版模板删除了这个标题；标题下有您写的内容，已保留。请决定是否保留这一节。',
};

export type Strings = typeof zh;
