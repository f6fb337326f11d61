// Word lists the FAQ matcher reads users with. Data only: the steps that use them live in normalize.ts and
// segment.ts. Everything here is applied to content variants and to questions alike, after normalizeText
// (so entries are lower case, simplified Chinese, half-width).

/**
 * Scam vocabulary jieba must keep whole. Without it the default dictionary cuts 校园贷 into 校园/贷是 and
 * 解冻费 into 解冻/费, so the exact term users and content share never meets in the index. `cutForSearch`
 * still emits the shorter dictionary words inside them (校园, 解冻), which keeps partial phrasings matching.
 */
export const SCAM_TERMS: readonly string[] = [
  '验证码', '短信验证码', '动态码', '校验码', '支付密码', '登录密码', '银行卡号', '身份证号', 'cvv码',
  '注销', '注销账户', '注销账号', '校园贷', '学生贷', '学生账户', '征信', '征信中心', '征信修复', '征信洗白',
  '征信异常', '征信污点', '逾期记录', '解冻费', '保证金', '手续费', '会员费', '服务费', '工本费', '验资',
  '刷流水', '银行流水', '提额', '额度', '清零', '关闭额度', '放款', '到账', '网贷',
  '屏幕共享', '共享屏幕', '会议软件', '腾讯会议', '远程控制', '安全账户', '监管账户', '资金监管', '洗钱', '涉案',
  '公检法', '银保监', '金融监管', '冒充', '催收', '催收员', '个人账户', '对公账户', '钓鱼链接', '钓鱼网站', '仿冒',
  '安装包', '内部版', '应用商店', '刷单', '返利', '做任务', '兼职', '垫付', '泄露', '个人信息', '身份证',
  '境外', '境外来电', '来电显示', '虚拟号', '客服', '官方客服', '官网', '公众号', '热线', '反诈', '国家反诈中心',
  '96110', '12381', '退款', '理赔', '误开通', '扣费', '冻结', '止付', '报警', '举报', '骚扰电话', '改号',
];

/** Pinyin (and chat shorthand) users type instead of the characters; whole Latin words only. */
export const PINYIN: Readonly<Record<string, string>> = {
  yanzhengma: '验证码', yzm: '验证码', mima: '密码', zhuxiao: '注销', xiaoyuandai: '校园贷', zhengxin: '征信',
  jiedong: '解冻', jiedongfei: '解冻费', baozhengjin: '保证金', shouxufei: '手续费', huiyuanfei: '会员费',
  liushui: '流水', fangkuan: '放款', daikuan: '贷款', jiekuan: '借款', wangdai: '网贷',
  pingmu: '屏幕', gongxiang: '共享', anquan: '安全', zhanghu: '账户', jianguan: '监管', tuikuan: '退款',
  lipei: '理赔', jingcha: '警察', gongan: '公安', fayuan: '法院', cuishou: '催收', lianjie: '链接', wangzhi: '网址',
  guanwang: '官网', guanfang: '官方', kefu: '客服', kf: '客服', shuadan: '刷单', fanli: '返利', jianzhi: '兼职',
  jingwai: '境外', guowai: '国外', dianhua: '电话', haoma: '号码', duanxin: '短信', pianzi: '骗子', zhapian: '诈骗',
  beipian: '被骗', zhuanzhang: '转账', huankuan: '还款', xinxi: '信息', xielou: '泄露', shenfenzheng: '身份证',
  jubao: '举报', baojing: '报警', dongjie: '冻结', tiee: '提额',
};

/**
 * Words that say "is this a scam?" and nothing about which scam. Every question carries some, so they only
 * blur matching and, worse, lend out-of-scope questions ("这个是真的吗") a false overlap. Longest first is not
 * required: the pattern is built sorted by length.
 */
export const FILLERS_ZH: readonly string[] = [
  '请问一下', '请问', '你好', '您好', '哈喽', '在吗', '麻烦问下', '麻烦问一下', '想问一下', '想问下', '问一下', '我想问',
  '是真的吗', '是不是真的', '是真是假', '真的假的', '是真的还是假的', '靠谱吗', '靠不靠谱', '可信吗', '能信吗',
  '可以相信吗', '是骗子吗', '是不是骗子', '是骗局吗', '是不是骗局', '是诈骗吗', '是不是诈骗', '正常吗', '正不正常',
  '怎么回事', '谢谢', '急急急', '啊', '呀', '呢', '吧', '哦', '嗯',
];

export const FILLERS_EN: readonly string[] = [
  'hi there', 'hello', 'hi', 'hey', 'please', 'pls', 'plz', 'thanks', 'thank you', 'quick question',
  'is this legit', 'is that legit', 'is it legit', 'legit', 'is this real', 'is that real', 'is it real',
  'is this a scam', 'is that a scam', 'is it a scam', 'scam or not', 'true or not', 'is this true', 'is that true',
  'real or fake', 'can i trust it', 'should i trust it', 'lol', 'ok', 'okay', 'um', 'uh',
];

/** Function words that carry no topic; removed after segmentation (meaningful negations like 不/没 stay). */
export const STOP_ZH: ReadonlySet<string> = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '么', '着', '过', '得', '地', '和', '与', '及', '或', '是', '在',
  '我', '你', '他', '她', '它', '我们', '你们', '他们', '她们', '咱们', '这', '那', '这个', '那个', '这样', '那样', '一个',
  '个', '就', '都', '也', '还', '又', '很', '太', '挺', '把', '被', '给', '让', '对', '对方', '跟', '自己', '什么', '怎么',
  '怎样', '为什么', '为啥', '啥', '哪', '哪里', '吗', '一下', '下', '有', '没有', '会', '能', '可以', '要', '想', '说',
  '现在', '刚刚', '刚才', '今天', '昨天', '突然', '真的', '其实', '然后', '但是', '可是', '因为', '所以', '如果',
]);

export const STOP_EN: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'so', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'about',
  'as', 'into', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had',
  'i', 'me', 'my', 'mine', 'you', 'your', 'yours', 'ur', 'u', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'we',
  'us', 'our', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'which', 'who',
  'whom', 'how', 'why', 'when', 'where', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must',
  'just', 'really', 'very', 'too', 'also', 'then', 'than', 'now', 'today', 'yesterday', 'some', 'any', 'all', 'get',
  'got', 'say', 'said', 'says', 'saying', 'tell', 'told', 'like', 'im', 's',
  't', 're', 've', 'll', 'd', 'm',
]);

/**
 * Digit runs mean something only as a prefix or a known service number ("00 开头", 96110, 95xxx); the rest of a
 * pasted number or an amount is noise that would make every question with a number look alike.
 * Checked in order; the first that matches decides the token kept.
 */
export const NUMBER_TOKENS: readonly { pattern: RegExp; token: (digits: string) => string }[] = [
  { pattern: /^(96110|12381|12321|12315|110|120|10086|10010|10000)$/, token: (d) => d },
  { pattern: /^0096110$/, token: () => '00 96110' },
  { pattern: /^00([1-9]\d*)?$/, token: () => '00' },
  { pattern: /^95\d{3}$/, token: () => '95' },
  { pattern: /^106\d+$/, token: () => '106' },
  { pattern: /^400\d*$/, token: () => '400' },
  { pattern: /^1(70|71|62|65|67)\d{8}$/, token: (d) => d.slice(0, 3) },
  { pattern: /^(170|171|162|165|167)$/, token: (d) => d },
];

/**
 * Regional words and variant characters OpenCC leaves alone, mapped to the mainland words content uses
 * (帐户/账户 are both valid simplified; Taiwan's 簡訊/連結/螢幕 are converted by OpenCC's phrase table first).
 * Chinese keys are replaced anywhere; English keys as whole words.
 */
export const SYNONYMS_ZH: Readonly<Record<string, string>> = {
  帐户: '账户', 帐号: '账号', 帐单: '账单', 转帐: '转账', 到帐: '到账', 身分: '身份', 外泄: '泄露', 检举: '举报',
  退费: '退款', 拨款: '放款', 资料: '信息', 讯息: '信息', 萤幕: '屏幕', 简讯: '短信', 连结: '链接', 网路: '网络',
};

export const SYNONYMS_EN: Readonly<Record<string, string>> = {
  acct: 'account', acc: 'account', pwd: 'password', pw: 'password', msg: 'message', msgs: 'messages', txt: 'text',
  info: 'information', govt: 'government', cust: 'customer', svc: 'service', rn: 'now', bc: 'because', cuz: 'because',
};
