// Every string a chart or its frame shows. The Chinese table must have exactly the English keys:
// the type below makes a missing key a type error, and tests/unit/i18n.test.ts checks it at run time too.

const en = {
  'frame.source': 'Source',
  'frame.data': 'Data (CSV)',
  'frame.table': 'Table',
  'frame.chart': 'Chart',
  'frame.loading': 'Drawing chart…',
  'picker.label': 'Conference',
  'picker.all': 'All',
  'trend.title': 'Papers mentioning only PyTorch / only TensorFlow, % of all papers',
  'trend.yAxis': '% of papers',
  'trend.xAxis': 'Year',
  'trend.crossover': 'PyTorch passes TensorFlow',
  'trend.aria': '{scope}: in {first}, {tfFirst} of papers mention only TensorFlow and {ptFirst} only PyTorch; by {last}, {tfLast} TensorFlow and {ptLast} PyTorch.{cross}',
  'trend.ariaCross': ' PyTorch passes TensorFlow in {year}.',
  'trend.allScope': 'All conferences pooled',
  'trend.col.year': 'Year',
  'trend.col.conferences': 'Conferences',
  'trend.col.pytorch': 'Only PyTorch (papers)',
  'trend.col.tensorflow': 'Only TensorFlow (papers)',
  'trend.col.total': 'All papers',
  'trend.col.ptShare': 'PyTorch % of all',
  'trend.col.tfShare': 'TensorFlow % of all',
  'growth.title': 'Year-over-year growth in papers mentioning each framework, 2018 → 2019',
  'growth.yAxis': 'Growth, %',
  'growth.arxiv': 'arXiv, Jan–Jun (O\'Reilly)',
  'growth.conf': '{n} conferences (He)',
  'growth.flag': 'from the chart, not the text',
  'growth.aria': 'PyTorch grew {ptArxiv} on arXiv (O\'Reilly) and {ptConf} at {n} conferences; TensorFlow {tfConf} at the same conferences, and {tfArxiv} on arXiv as quoted from the original chart only.',
  'growth.col.measure': 'Measure',
  'growth.col.framework': 'Framework',
  'growth.col.value': 'Value',
  'growth.col.basis': 'Basis',
  'growth.col.confidence': 'Confidence',
  'growth.col.source': 'Source',
  // The arXiv rows' basis: the English table quotes the data file's own note; other languages say where the
  // figure stands, from its provenance field.
  'growth.basis.text': 'stated in the source\'s text',
  'growth.basis.chartLabel': 'only a label on the original chart, not in any text',
  'growth.basis.conf': '{from}: {before} → {to}: {after} ({list})',
  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',
  'frame.sourceLine': 'Source:',
  'models.tfOfficial': 'TensorFlow · official/',
  'models.tfResearch': 'TensorFlow · research/',
  'models.tv03': 'torchvision 0.3 (the post\'s PyTorch list)',
  'models.tv04': 'torchvision 0.4 adds',
  'models.sample': 'name',
  'models.legend': ': listed in the post only, not in the tensorflow/models README versions checked.',
  'sources.primary': 'primary',
  'sources.secondary': 'secondary',
} as const

export type MessageKey = keyof typeof en

const zh: Record<MessageKey, string> = {
  'frame.source': '来源',
  'frame.data': '数据（CSV）',
  'frame.table': '表格',
  'frame.chart': '图表',
  'frame.loading': '正在绘制图表…',
  'picker.label': '会议',
  'picker.all': '全部',
  'trend.title': '只提及 PyTorch / 只提及 TensorFlow 的论文占全部论文的比例',
  'trend.yAxis': '论文占比（%）',
  'trend.xAxis': '年份',
  'trend.crossover': 'PyTorch 反超 TensorFlow',
  'trend.aria': '{scope}：{first}年，只提及 TensorFlow 的论文占 {tfFirst}，只提及 PyTorch 的占 {ptFirst}；到{last}年，TensorFlow 为 {tfLast}，PyTorch 为 {ptLast}。{cross}',
  'trend.ariaCross': 'PyTorch 在{year}年反超 TensorFlow。',
  'trend.allScope': '全部会议合计',
  'trend.col.year': '年份',
  'trend.col.conferences': '会议',
  'trend.col.pytorch': '只提及 PyTorch（篇）',
  'trend.col.tensorflow': '只提及 TensorFlow（篇）',
  'trend.col.total': '论文总数',
  'trend.col.ptShare': 'PyTorch 占比',
  'trend.col.tfShare': 'TensorFlow 占比',
  'growth.title': '提及各框架的论文数同比增长，2018 → 2019',
  'growth.yAxis': '增长率（%）',
  'growth.arxiv': 'arXiv，1–6月（O\'Reilly）',
  'growth.conf': '{n} 个会议（He）',
  'growth.flag': '仅见于原图',
  'growth.aria': 'PyTorch 在 arXiv 上增长 {ptArxiv}（O\'Reilly），在 {n} 个会议上增长 {ptConf}；TensorFlow 在同样的会议上为 {tfConf}，arXiv 上的 {tfArxiv} 仅见于原图。',
  'growth.col.measure': '指标',
  'growth.col.framework': '框架',
  'growth.col.value': '数值',
  'growth.col.basis': '口径',
  'growth.col.confidence': '可信度',
  'growth.col.source': '来源',
  'growth.basis.text': '来源正文中给出',
  'growth.basis.chartLabel': '只是原图上的标注，正文里找不到',
  'growth.basis.conf': '{from}年 {before} 篇 → {to}年 {after} 篇（{list}）',
  'confidence.high': '高',
  'confidence.medium': '中',
  'confidence.low': '低',
  'frame.sourceLine': '来源：',
  'models.tfOfficial': 'TensorFlow · official/',
  'models.tfResearch': 'TensorFlow · research/',
  'models.tv03': 'torchvision 0.3（原文列表）',
  'models.tv04': 'torchvision 0.4 新增',
  'models.sample': '名称',
  'models.legend': '：只出现在原文里，核对过的 tensorflow/models README 各版本中都没有。',
  'sources.primary': '一手',
  'sources.secondary': '二手',
}

export type Locale = 'en' | 'zh'
export const messages: Record<Locale, Record<MessageKey, string>> = { en, zh }

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh'
}

export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars))
      throw new Error(`message ${key} (${locale}) needs a value for {${name}}`)
    return String(vars[name])
  })
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export function translator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars)
}

/** Numbers in the locale's own format; `signed` adds + to growth figures. */
export function formatNumber(locale: Locale, n: number, opts: { digits?: number, percent?: boolean, signed?: boolean } = {}): string {
  const s = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: opts.digits ?? 0,
    signDisplay: opts.signed ? 'exceptZero' : 'auto',
  }).format(n)
  return opts.percent ? `${s}%` : s
}
