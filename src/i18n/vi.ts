import type { PluralForms } from './plural.js';
import type { UiStrings } from './types.js';

/** Every plural form set the strings use, one form per plural category of the language (the catalog test checks them). */
export const plurals = {} satisfies Record<string, PluralForms>;

export const strings: UiStrings = {
  defaultHeading: 'Tài liệu',
  loading: 'Đang tải tài liệu…',
  filterByType: 'Lọc theo loại',
  filterByTag: 'Lọc theo thẻ',
  filterByAudience: 'Lọc theo đối tượng',
  filterByYear: 'Năm',
  anyYear: 'Tất cả các năm',
  searchLabel: 'Tìm kiếm tài liệu',
  searchHint: 'Tìm trong tiêu đề, phần tóm tắt và thẻ.',
  sortLabel: 'Sắp xếp theo',
  sortNewest: 'Mới nhất trước',
  sortOldest: 'Cũ nhất trước',
  sortTitle: 'Tiêu đề (A–Z)',
  optionWithCount: (label, count) => `${label} (${count})`,
  showingOfTotal: (shown, total, n) => `Đang hiển thị ${n(shown)} trên ${n(total)} tài liệu`,
  showingOfMatching: (shown, matching, n) => `Đang hiển thị ${n(shown)} trên ${n(matching)} tài liệu phù hợp`,
  noMatch: 'Không có tài liệu nào phù hợp với bộ lọc.',
  clearFilters: 'Xóa bộ lọc',
  emptyFeed: 'Nguồn cấp này chưa có tài liệu nào.',
  showMore: 'Xem thêm',
  loadingMore: 'Đang tải thêm…',
  moreFailed: 'Không thể tải thêm tài liệu.',
  errorTitle: 'Không thể tải tài liệu.',
  errorDetail: (url, reason) => `Nguồn cấp ${url}: ${reason}.`,
  retry: 'Thử lại',
  errorNetwork:
    'yêu cầu bị lỗi trước khi máy chủ phản hồi: hãy kiểm tra địa chỉ, kết nối mạng và xem máy chủ có cho phép yêu cầu từ nguồn gốc khác (CORS) hay không',
  errorTimeout: (seconds) => `không có phản hồi trong vòng ${seconds} giây`,
  errorHttp: (status) => `máy chủ phản hồi với mã trạng thái HTTP ${status}`,
  errorInvalid: (detail) => `phản hồi không phải là nguồn cấp có thể sử dụng được (${detail})`,
  offlineCopy: (savedAt) => `Hiện không thể truy cập nguồn cấp; đang hiển thị bản sao đã lưu lúc ${savedAt}.`,
  relatedTopics: 'Chủ đề liên quan',
  photoCredit: 'Ảnh:',
  tagsLabel: 'Thẻ',
  activeFilters: 'Bộ lọc đang áp dụng',
  removeFilter: (label) => `Bỏ bộ lọc: ${label}`,
  clearAll: 'Xóa tất cả',
  searchChip: (query) => `Tìm kiếm: ${query}`,
  moreTags: (hidden) => `Thẻ khác (${hidden})`,
  filtersToggle: (active) => (active ? `Bộ lọc (${active})` : 'Bộ lọc'),
  opensInNewTab: '(mở trong thẻ mới)',
};
