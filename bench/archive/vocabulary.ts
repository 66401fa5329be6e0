/**
 * Word pools for the generated archive: the feeds an RSSHub-to-Hexo scraper follows (category
 * path, author, body style) and the words its titles and bodies are made of. Written for the
 * generator, not taken from any real post.
 */
export type BodyStyle = 'sina' | 'news' | 'zhihu' | 'xueqiu' | 'game' | 'social' | 'anime';

export interface Feed {
  /** Top category, site, feed: Hexo's category path. */
  category: string;
  site: string;
  feed: string;
  style: BodyStyle;
  /** Share of the archive's posts. */
  weight: number;
  /** Whether items carry a person as author (else the site is the author). */
  personAuthors: boolean;
}

export const FEEDS: readonly Feed[] = [
  { category: '金融', site: '新浪财经', feed: '新浪财经－国內', style: 'sina', weight: 22, personAuthors: false },
  { category: '金融', site: '新浪财经', feed: '新浪财经－美股', style: 'sina', weight: 5, personAuthors: false },
  { category: '金融', site: '新浪财经', feed: '新浪财经－港股', style: 'sina', weight: 4, personAuthors: false },
  { category: '金融', site: '新浪财经', feed: '新浪财经－滚动', style: 'sina', weight: 8, personAuthors: false },
  { category: '金融', site: '新浪财经', feed: '新浪财经－证券', style: 'sina', weight: 4, personAuthors: false },
  { category: '金融', site: '雪球', feed: '基金净值更新', style: 'xueqiu', weight: 4, personAuthors: false },
  { category: '金融', site: '雪球', feed: '今日话题', style: 'xueqiu', weight: 2, personAuthors: true },
  { category: '金融', site: 'DT 财经', feed: '数据洞察', style: 'news', weight: 1, personAuthors: true },
  { category: '科技', site: '36kr', feed: '快讯', style: 'news', weight: 8, personAuthors: false },
  { category: '科技', site: '36kr', feed: '资讯', style: 'news', weight: 4, personAuthors: true },
  { category: '科技', site: '开源中国', feed: '资讯', style: 'news', weight: 3, personAuthors: false },
  { category: '科技', site: '掘金', feed: '前端', style: 'news', weight: 2, personAuthors: true },
  { category: '新媒体', site: '199IT', feed: '首页更新', style: 'news', weight: 3, personAuthors: false },
  { category: '社交媒体', site: '知乎', feed: '知乎日报', style: 'zhihu', weight: 7, personAuthors: true },
  { category: '社交媒体', site: '知乎', feed: '热榜', style: 'zhihu', weight: 3, personAuthors: false },
  { category: '社交媒体', site: 'Mastodon', feed: '实例公共时间线（本站）', style: 'social', weight: 3, personAuthors: false },
  { category: '游戏', site: '3DMGame', feed: '新闻中心', style: 'game', weight: 6, personAuthors: false },
  { category: '游戏', site: 'GameRes', feed: '首页', style: 'game', weight: 2, personAuthors: true },
  { category: '二次元', site: 'AGE 动漫', feed: '番剧详情', style: 'anime', weight: 2, personAuthors: false },
  { category: '二次元', site: 'Bangumi', feed: '每日放送', style: 'anime', weight: 2, personAuthors: false },
  { category: '二次元', site: 'Webtoons', feed: '[Naver](https://comic.naver.com)', style: 'anime', weight: 1, personAuthors: false },
  { category: '新闻', site: '澎湃新闻', feed: '时事', style: 'news', weight: 3, personAuthors: true },
  { category: '新闻', site: '界面新闻', feed: '快讯', style: 'news', weight: 2, personAuthors: false },
];

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
export const GIVEN = '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁婷雪琳晨阳然睿博文轩思远欣怡子涵梓萱一诺浩然'.split('');

export const PUBLISHERS = [
  '北京日报', '北京日报·识政', '人民日报', '新华社', '新华网', '央视新闻', '中国证券报', '证券时报', '上海证券报',
  '21世纪经济报道', '第一财经', '经济观察报', '澎湃新闻', '界面新闻', '每日经济新闻', '中国基金报', '券商中国',
  '财联社', '华尔街见闻', '健康广东', '国家统计局', '中国新闻网', '环球时报', '南方都市报', '新京报', '红星新闻',
  '封面新闻', '时代周报', '中国经营报', '经济日报', '证券日报', '中新经纬', '北京商报', '每经网', '格隆汇',
  '智通财经', '观点地产网', '蓝鲸财经', '钛媒体', '雷锋网', 'Unity官方平台', '游戏葡萄', '机器之心', '量子位',
];

export const SUBJECTS = [
  '央行', '证监会', '银保监会', '国家统计局', '发改委', '财政部', '商务部', '工信部', '北京', '上海', '深圳', '广州',
  '杭州', '成都', '宁德时代', '比亚迪', '贵州茅台', '腾讯', '阿里巴巴', '美团', '京东', '拼多多', '小米', '华为',
  '特斯拉', '苹果', '美联储', '欧洲央行', '日本央行', '沪指', '创业板指', '恒生指数', '美股三大股指', '人民币汇率',
  '国际油价', '黄金', '比特币', '公募基金', '券商', '险资', '北向资金', '外资', '房企', '银行', '光伏板块',
  '新能源车企', '芯片股', '医药股', '白酒股', '消费电子', '东方财富', '中信证券', '招商银行', '平安银行',
];

export const PREDICATES = [
  '宣布', '发布', '回应', '再度上调', '大幅下调', '力争率先建成', '将推出', '暂停', '重启', '获批', '首次披露',
  '加快推进', '全面部署', '正式启动', '紧急叫停', '持续加码', '明确支持', '悄然布局', '大举减持', '逆市增持',
  '集体上涨', '集体下跌', '强势反弹', '跌破', '站上', '突破', '刷新', '公布', '否认', '澄清', '约谈', '处罚',
];

export const OBJECTS = [
  '新一轮降准', '三季度业绩', '高水平人才高地', '新能源汽车补贴政策', '稳增长一揽子措施', '房地产调控新政',
  '全面注册制改革', '数字人民币试点', '跨境理财通', '养老金入市', '碳达峰行动方案', '专精特新企业名单',
  '芯片出口管制', '反垄断调查', '年度分红方案', '股份回购计划', '万亿级投资计划', '消费券发放', '限电措施',
  '疫情防控新规', '区域协调发展规划', '自贸区建设方案', '科创板做市商制度', '北交所开市', '公募REITs扩容',
  '3500点', '历史新高', '千亿市值', '百亿定增', '万亿成交额', '关键支撑位', '年内新低',
];

export const TAILS = [
  '', '', '', '', '', '（名单）', '（附全文）', '（附图表）', '？当地回应', '：没诚意', '，专家解读来了',
  '，背后原因是什么？', '！影响有多大？', '，一文看懂', '，股民炸锅了', '，机构最新研判', '，三大看点',
  '！官方最新通报', '，谁是赢家？', '，多家机构发声',
];

export const GAMES = [
  '守望先锋', '原神', '艾尔登法环', '赛博朋克2077', '塞尔达传说', '最终幻想', '怪物猎人', '英雄联盟', '王者荣耀',
  '黑神话：悟空', '生化危机', '使命召唤', '宝可梦', '动物森友会', '鬼泣', '只狼', '巫师3', '荒野大镖客2',
];

export const GAME_NEWS = [
  '新预告片公布', '销量突破千万', '发售日确定', '2代与1代角色对比', 'Steam好评如潮', '新DLC即将上线', '更新补丁发布',
  '制作人访谈', '全平台上线', '官方公布配置需求', '玩家自制MOD走红', '国区定价公开', '首周销量榜', '实机演示曝光',
];

export const ZHIHU_QUESTIONS = [
  '为什么', '如何评价', '怎样看待', '有哪些', '如果', '是一种怎样的体验：', '为什么很多人', '普通人如何',
];

export const ZHIHU_TOPICS = [
  '年轻人不愿意结婚', '14岁前埋下的隐患', '晚上十点入睡最健康', '网约车是否合规', '裁员写进OKR', '考研热降温',
  '新能源车的电池寿命', '城市里的流浪猫', '程序员35岁危机', '量子计算机离我们多远', '古人如何过冬', '天价荔枝',
  '数字人民币怎么花', '寺庙门票该不该免费', '老房子加装电梯', '大学生就业', '县城的咖啡店', '一个人旅行',
];

export const ANIME = [
  '咒术回战', '间谍过家家', '鬼灭之刃', '进击的巨人', '孤独摇滚', '葬送的芙莉莲', '石之海', '电锯人', '辉夜大小姐',
  '我推的孩子', '排球少年', '海贼王', '名侦探柯南', '夏目友人帐', '轻音少女', '凉宫春日', '魔法少女小圆',
];

export const EMOJI = ['📉', '📈', '🔥', '💪', '😂', '🎉', '👍', '🚀', '😭', '🤔', '💰', '⚠️'];

export const SENTENCE_PARTS = {
  lead: [
    '记者从有关部门获悉', '据业内人士介绍', '数据显示', '分析人士指出', '公告显示', '从市场表现看', '值得注意的是',
    '与此同时', '业内普遍认为', '据不完全统计', '在接受采访时', '从全年来看', '截至发稿', '今年以来', '另据报道',
  ],
  middle: [
    '相关政策的落地将进一步稳定市场预期', '行业景气度持续回升', '企业盈利能力明显改善', '消费需求逐步恢复',
    '资金面保持合理充裕', '市场成交额连续多日突破万亿元', '龙头企业的市场份额进一步扩大', '上游原材料价格有所回落',
    '海外市场的不确定性依然较大', '监管部门将继续加强对违规行为的查处', '投资者情绪趋于谨慎', '板块轮动速度明显加快',
    '产业链上下游协同效应逐步显现', '地方政府加大了对重点项目的支持力度', '居民收入增长带动了消费升级',
    '研发投入同比增长超过两成', '新增就业人数好于预期', '出口增速有所放缓', '物价水平总体保持稳定',
  ],
  end: [
    '后续走势仍有待观察', '这一趋势预计将延续到明年', '具体细则将于近期公布', '投资者需注意相关风险',
    '未来仍有较大提升空间', '对行业的影响值得持续关注', '市场对此反应积极', '多家机构上调了评级',
  ],
};

export const STOCKS: readonly (readonly [string, string])[] = [
  ['sz300059', '东方财富'], ['sh600030', '中信证券'], ['sh600519', '贵州茅台'], ['sz300750', '宁德时代'],
  ['sz002594', '比亚迪'], ['sh601318', '中国平安'], ['sh600036', '招商银行'], ['sz000001', '平安银行'],
  ['sh601012', '隆基绿能'], ['sz000858', '五粮液'], ['sh600276', '恒瑞医药'], ['sh601166', '兴业银行'],
  ['sh600900', '长江电力'], ['sz000333', '美的集团'], ['sh601888', '中国中免'], ['sz002415', '海康威视'],
];

export const EDITOR_CODES = ['SF142', 'SF007', 'NF117', 'SF065', 'SZ123', 'NN031', 'SF183'];
