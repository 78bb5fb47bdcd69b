import type { PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {} satisfies Record<string, PluralForms>;

export const strings: UiStrings = {
  defaultHeading: '資料',
  loading: '資料を読み込んでいます…',
  filterByType: '種類で絞り込む',
  filterByTag: 'タグで絞り込む',
  filterByAudience: '対象者で絞り込む',
  filterByYear: '年',
  anyYear: 'すべての年',
  searchLabel: '資料を検索',
  searchHint: 'タイトル、概要、タグから検索します。',
  sortLabel: '並べ替え',
  sortNewest: '新しい順',
  sortOldest: '古い順',
  sortTitle: 'タイトル順',
  optionWithCount: (label, count) => `${label}（${count}）`,
  showingOfTotal: (shown, total, n) => `${n(total)} 件中 ${n(shown)} 件を表示`,
  showingOfMatching: (shown, matching, n) => `条件に一致する ${n(matching)} 件中 ${n(shown)} 件を表示`,
  noMatch: '絞り込み条件に一致する資料はありません。',
  clearFilters: '絞り込みを解除',
  emptyFeed: 'このフィードにはまだ資料がありません。',
  showMore: 'さらに表示',
  loadingMore: 'さらに読み込んでいます…',
  moreFailed: '続きの資料を読み込めませんでした。',
  errorTitle: '資料を読み込めませんでした。',
  errorDetail: (url, reason) => `フィード ${url}：${reason}。`,
  retry: '再試行',
  errorNetwork:
    'サーバーが応答する前にリクエストが失敗しました：アドレスと接続を確認し、サーバーがクロスオリジンリクエスト（CORS）を許可しているか確認してください',
  errorTimeout: (seconds) => `${seconds} 秒以内に応答がありませんでした`,
  errorHttp: (status) => `サーバーが HTTP ステータス ${status} を返しました`,
  errorInvalid: (detail) => `応答が利用できるフィードではありません（${detail}）`,
  offlineCopy: (savedAt) => `現在フィードに接続できないため、${savedAt} に保存したコピーを表示しています。`,
  relatedTopics: '関連トピック',
  photoCredit: '写真：',
  tagsLabel: 'タグ',
  activeFilters: '適用中の絞り込み',
  removeFilter: (label) => `絞り込みを解除：${label}`,
  clearAll: 'すべて解除',
  searchChip: (query) => `検索：${query}`,
  moreTags: (hidden) => `その他のタグ（${hidden}）`,
  filtersToggle: (active) => (active ? `絞り込み（${active}）` : '絞り込み'),
  opensInNewTab: '（新しいタブで開きます）',
};
