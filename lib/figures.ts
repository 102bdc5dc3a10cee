import type { DeckData } from './data/schema'
import type { Locale } from './i18n'
import { aliasesOf, POST_TF_VERSION, symbolsFor } from './domain/operators'
import { bySnapshot, lastCrossing, latest, methodChange, ratio } from './domain/pypi'
import { arxivGrowth, countsByYear, crossoverYear, pytorchShareOfEither, yoyGrowth } from './domain/research'
import { fastestOf, headToHead, modelsIn, modelsMeasuredOnly, relativeSpeed, speedRatio } from './domain/speed'
import { formatEventDate, formatList, formatMonth, formatNames, formatNumber, formatTimes, translate } from './i18n'

/**
 * Every number quoted in slide text, computed from data/ so that the Markdown never types a figure.
 * Slides use them as <Fig k="..." />.
 */
export function figures(data: DeckData, locale: Locale) {
  const n = (v: number, digits = 0) => formatNumber(locale, v, { digits })
  const pct = (v: number, digits = 0) => formatNumber(locale, v, { digits, percent: true })
  const signed = (v: number) => formatNumber(locale, v, { signed: true, percent: true })

  const tfPapers = data.growth.find(r => r.framework === 'TensorFlow' && r.measure === 'papers')?.value
  if (tfPapers === undefined) throw new Error('data/growth.csv: no TensorFlow papers figure')
  const growth = yoyGrowth(data.trend, 2018, 2019)
  const pooled = countsByYear(data.trend, 'all', 2017, 2022)
  const shareIn = (year: number) => {
    const row = pooled.find(r => r.year === year)
    const share = row && pytorchShareOfEither(row)
    if (share === undefined) throw new Error(`data/trend.csv: no papers for ${year}`)
    return pct(share)
  }

  const list = (items: string[]) => formatList(locale, items)
  const yearRow = (year: number) => {
    const row = pooled.find(r => r.year === year)
    if (!row) throw new Error(`data/trend.csv: no papers for ${year}`)
    return row
  }
  const lastYear = pooled[pooled.length - 1]
  const he2019 = data.he2019Shares.filter(r => r.year === 2019)
  if (he2019.length === 0) throw new Error('data/he-2019-shares.csv: no rows for 2019')

  const times = (v: number) => formatTimes(locale, v)
  const models = modelsIn(data.speed)
  const ptGap = Math.max(...models.map(m => 100 - relativeSpeed(data.speed, m, 'PyTorch')!))
  const post = symbolsFor(data.operators, POST_TF_VERSION)
  const ptOps = (measure: string) => {
    const row = data.operatorsOthers.find(r => r.framework === 'PyTorch' && r.measure === measure)
    if (!row) throw new Error(`data/operators-others.csv: no PyTorch ${measure} row`)
    return `${n(row.value)}${row.qualifier === 'over' ? '+' : ''}`
  }
  const inCollection = (c: string) => data.models.filter(m => m.collection === c).length
  const tfLast = data.operators[data.operators.length - 1]
  // A lead inside the spread is a tie (lib/domain/speed.ts): AlexNet's 1547 ± 316 against 1422 ± 27.
  const ptVsTf = headToHead(data.speed, 'PyTorch', 'TensorFlow')
  const lastEdition = (() => {
    const last = [...data.trend].sort((a, b) => a.month.localeCompare(b.month)).at(-1)!
    return { name: `${last.conference} ${last.month.slice(0, 4)}`, submissions: last.population === 'submissions' }
  })()
  const day = (date: string) => formatEventDate({ date, precision: 'day' }, locale)
  // Millions in English, 万 (ten thousands) in Chinese, as each language counts large numbers.
  const downloads = (v: number) => (locale === 'zh' ? `${n(v / 1e4)} 万次` : `${n(v / 1e6, 1)} million`)
  const snapshots = bySnapshot(data.pypi)
  const firstSnapshot = snapshots[0]
  const lastSnapshot = latest(data.pypi)
  const crossing = lastCrossing(data.pypi, 'torch', 'tensorflow')
  const change = methodChange(data.pypi)

  return {
    'speed.vggPtOverTf': times(speedRatio(data.speed, 'VGG-19', 'PyTorch', 'TensorFlow')),
    'speed.mobilePtOverTf': times(speedRatio(data.speed, 'MobileNet', 'PyTorch', 'TensorFlow')),
    'speed.ptMaxGap': pct(ptGap),
    'speed.ptFastest': n(models.filter(m => fastestOf(data.speed, m).framework === 'PyTorch').length),
    'speed.models': n(models.length),
    'speed.ptWinsTf': n(ptVsTf.win.length),
    'speed.ptTiesTf': n(ptVsTf.tie.length),
    'speed.ptLossesTf': n(ptVsTf.loss.length),
    'speed.tiedModels': list(ptVsTf.tie),
    'speed.twoWayModels': list(modelsMeasuredOnly(data.speed, ['TensorFlow', 'PyTorch'])),
    'operators.postVersion': post.tf_version,
    'operators.postTotal': n(post.all_symbols),
    'operators.postAliases': n(aliasesOf(post)),
    'operators.postAliasShare': pct((100 * aliasesOf(post)) / post.all_symbols),
    'operators.postPrimary': n(post.primary_symbols),
    'operators.lastVersion': tfLast.tf_version,
    'operators.lastPrimary': n(tfLast.primary_symbols),
    'operators.ptOperators': ptOps('aten-operators'),
    'operators.ptOverloads': ptOps('aten-operators-with-overloads'),
    'models.tfEntries': n(inCollection('tf-official') + inCollection('tf-research')),
    'models.tv3': n(inCollection('torchvision-0.3')),
    'models.tv4': n(inCollection('torchvision-0.4')),
    'pypi.crossing': crossing ? day(crossing.snapshot) : '—',
    'pypi.first': day(firstSnapshot.snapshot),
    'pypi.latest': day(lastSnapshot.snapshot),
    'pypi.ptLatest': downloads(lastSnapshot.torch),
    'pypi.tfLatest': downloads(lastSnapshot.tensorflow),
    'pypi.jaxLatest': downloads(lastSnapshot.jax),
    'pypi.ptFirst': downloads(firstSnapshot.torch),
    'pypi.tfFirst': downloads(firstSnapshot.tensorflow),
    'pypi.ratioLatest': times(ratio(lastSnapshot, 'torch', 'tensorflow')),
    'pypi.change': change ? formatMonth(locale, change.snapshot.slice(0, 7)) : '—',
    'arxiv.tfPapers': n(tfPapers),
    'arxiv.ptGrowth': signed(arxivGrowth(data.growth, 'PyTorch').value!),
    'arxiv.tfGrowth': signed(arxivGrowth(data.growth, 'TensorFlow').value!),
    'conf.ptGrowth': signed(growth.pytorch.percent),
    'conf.tfGrowth': signed(growth.tensorflow.percent),
    'conf.growthCount': n(growth.conferences.length),
    'conf.growthList': formatNames(locale, growth.conferences),
    'conf.crossover': String(crossoverYear(pooled) ?? '—'),
    'conf.share2017': shareIn(2017),
    'conf.share2018': shareIn(2018),
    'conf.share2019': shareIn(2019),
    'conf.share2022': shareIn(2022),
    'conf.pt2017': n(yearRow(2017).pytorch),
    'conf.tf2017': n(yearRow(2017).tensorflow),
    'conf.pt2018': n(yearRow(2018).pytorch),
    'conf.tf2018': n(yearRow(2018).tensorflow),
    'conf.pt2019': n(yearRow(2019).pytorch),
    'conf.tf2019': n(yearRow(2019).tensorflow),
    'conf.lastYear': String(lastYear.year),
    'conf.lastYearConfs': list(lastYear.conferences),
    'conf.lastYearPt': n(lastYear.pytorch),
    'conf.lastYearEither': n(lastYear.pytorch + lastYear.tensorflow),
    'he2019.shares': list(he2019.map(r => `${r.conference} ${pct(r.pytorch_share)}`)),
    'conf.lastEdition': lastEdition.name,
    // What that edition's counts are of: He scraped ICLR 2021 and 2022 before the decisions (data/trend.csv).
    'conf.lastEditionPapers': lastEdition.submissions
      ? translate(locale, 'trend.submissionsOf', { conf: lastEdition.name })
      : lastEdition.name,
  }
}

export type FigureKey = keyof ReturnType<typeof figures>

/** A timeline event's date, as precise as its source: "Oct 2017" for month precision, "31 Oct 2018" for day. */
export function eventDate(data: DeckData, id: string, locale: Locale): string {
  const e = data.timeline.find(r => r.id === id)
  if (!e) throw new Error(`data/timeline.csv has no event with id "${id}"`)
  return formatEventDate(e, locale)
}

/**
 * Markdown text with its <Fig k="…" /> and <When e="…" /> tags replaced by what they show: how a slide title that
 * states a finding reads once rendered (tests find slides by it; a static rendering can use it too).
 */
export function resolveFigures(text: string, data: DeckData, locale: Locale): string {
  const all = figures(data, locale)
  return text
    .replace(/<Fig k="([^"]+)"\s*\/>/g, (_, k: string) => {
      if (!(k in all)) throw new Error(`<Fig k="${k}"> is not a figure; see lib/figures.ts`)
      return all[k as FigureKey]
    })
    .replace(/<When e="([^"]+)"\s*\/>/g, (_, e: string) => eventDate(data, e, locale))
}
