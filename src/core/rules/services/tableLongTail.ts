// The long tail of SaaS APIs whose keys carry no prefix: data and lookup APIs (geo, finance, crypto,
// news, scraping, documents), small CRMs, project and time tracking, support and feedback tools.
// Row format: see tableMessaging.ts. Names that are ordinary words (Deputy, Twist, Swell) carry
// `c`; so do names that are identifiers or parts of them in ordinary code (`detectLanguage`,
// `userStack`, Atera in `createRange`, RAWG in `drawGraph`), which would otherwise wake the rule on
// every such line. Names too common in code even with a credential word nearby (float, debounce,
// stitch, hive, here) are left out.
export const LONG_TAIL_SERVICES = `
Adzuna | g | https://developer.adzuna.com/ | |
Alegra | g | https://developer.alegra.com/ | |
API2Cart | g | https://docs.api2cart.com/ | |
Apideck | g | https://developers.apideck.com/ | |
ApiFlash | g | https://apiflash.com/documentation | |
APIMatic | g | https://docs.apimatic.io/ | |
Artsy | g | https://developers.artsy.net/ | c |
Atera | g | https://app.atera.com/apidocs | c |
Autodesk | g | https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/overview/ | | autodesk forge,autodesk platform services
AYLIEN | g | https://docs.aylien.com/ | |
Ayrshare | g | https://www.ayrshare.com/docs/quickstart | |
Bannerbear | g | https://developers.bannerbear.com/ | |
Billomat | g | https://www.billomat.com/api/ | |
BlazeMeter | g | https://api.blazemeter.com/ | |
Blocknative | g | https://docs.blocknative.com/ | |
Brandfetch | g | https://docs.brandfetch.com/ | |
Browshot | g | https://browshot.com/api/documentation | |
BugHerd | g | https://www.bugherd.com/api_v2 | |
Calendarific | g | https://calendarific.com/api-documentation | |
CalorieNinjas | g | https://calorieninjas.com/api | |
Carbon Interface | g | https://docs.carboninterface.com/ | |
Checkvist | g | https://checkvist.com/auth/api | |
Cicero | g | https://cicero.azavea.com/docs/ | c |
ClickTime | g | https://developer.clicktime.com/ | |
Cloudimage | g | https://docs.cloudimage.io/ | |
Cloze | g | https://api.cloze.com/ | c |
CoinAPI | g/uuid | https://docs.coinapi.io/ | | coinapi.io
coinlayer | g | https://coinlayer.com/documentation | |
Coinlib | g | https://coinlib.io/apidocs | |
Commerce.js | g | https://commercejs.com/docs/ | | commercejs
countrylayer | g | https://countrylayer.com/documentation | |
CraftMyPDF | g | https://support.craftmypdf.com/rest-api-integration | |
Currencycloud | g | https://developer.currencycloud.com/ | |
CurrencyFreaks | g | https://currencyfreaks.com/documentation | |
D7 Networks | g | https://d7networks.com/docs/ | | d7network,d7 sms
Data.gov | g | https://api.data.gov/docs/ | | api.data.gov
Databox | g | https://developers.databox.com/ | |
DeepAI | g | https://deepai.org/docs | |
Delighted | g | https://app.delighted.com/docs/api | c |
Demio | g | https://publicdemioapi.docs.apiary.io/ | |
Deputy | g | https://developer.deputy.com/ | c |
Detectify | g | https://developer.detectify.com/ | |
DetectLanguage | g | https://detectlanguage.com/documentation | c |
Ditto | g | https://docs.ditto.live/ | c |
Dotdigital | g | https://developer.dotdigital.com/ | | dotmailer
Dynalist | g | https://apidocs.dynalist.io/ | |
Dyspatch | g | https://docs.dyspatch.io/ | |
Eden AI | g | https://docs.edenai.co/ | |
EnableX | g | https://developer.enablex.io/ | |
Ethplorer | g | https://github.com/EverexIO/Ethplorer/wiki/Ethplorer-API | |
Fibery | g | https://developers.fibery.com/guides/getting-started/authentication | |
Finage | g | https://www.finage.co.uk/docs | |
FlightAPI | g | https://docs.flightapi.io/ | | flightapi.io
FlightStats | g | https://developer.flightstats.com/ | |
Form.io | g | https://apidocs.form.io/ | | formio
Frontapp | g | https://dev.frontapp.com/ | | front app
Fulcrum | g | https://developer.fulcrumapp.com/ | c | fulcrumapp
Gengo | g | https://developers.gengo.com/ | |
Geocodio | g | https://www.geocod.io/docs/ | | geocod.io
GetGist | g | https://developers.getgist.com/ | |
GraphHopper | g | https://docs.graphhopper.com/ | |
Guru | g | https://developer.getguru.com/ | c | getguru
Gyazo | g | https://gyazo.com/api/docs | |
Happy Scribe | g | https://dev.happyscribe.com/ | |
HelpCrunch | g | https://docs.helpcrunch.com/rest-api-v1/api-setup-v1 | |
Holiday API | g | https://holidayapi.com/docs | |
HyperTrack | g | https://hypertrack.com/docs/ | |
Iconfinder | g | https://developer.iconfinder.com/ | |
Imagga | g | https://docs.imagga.com/ | |
InvoiceOcean | g | https://github.com/InvoiceOcean/api | |
ipapi | g | https://ipapi.co/api/ | | ipapi.co
ipify | g | https://geo.ipify.org/docs | |
JumpCloud | g | https://docs.jumpcloud.com/api/ | |
Klipfolio | g | https://developers.klipfolio.com/ | |
languagelayer | g | https://languagelayer.com/documentation | |
Less Annoying CRM | g | https://account.lessannoyingcrm.com/api_docs/v2/Getting_Started/Connect | | lacrm
LinkPreview | g | https://docs.linkpreview.net/ | |
Livestorm | g | https://developers.livestorm.co/ | |
Loadmill | g | https://docs.loadmill.com/ | |
LoginRadius | g/uuid | https://www.loginradius.com/docs/ | |
Loyverse | g | https://developer.loyverse.com/docs/ | |
Lunch Money | g | https://lunchmoney.dev/ | |
Luno | g | https://www.luno.com/en/developers/api | |
Mailmodo | g | https://www.mailmodo.com/developers/ | |
Mailsac | g | https://docs.mailsac.com/ | |
Mavenlink | g | https://developer.mavenlink.com/ | |
MeaningCloud | g | https://www.meaningcloud.com/developer/documentation | |
MeisterTask | g | https://developers.meistertask.com/ | |
Mesibo | g | https://docs.mesibo.com/ | |
MetaApi | g | https://metaapi.cloud/docs/client/ | | metaapi.cloud
MindMeister | g | https://developers.mindmeister.com/ | |
NetHunt | g | https://developers.nethunt.com/ | | nethunt crm
Newscatcher | g | https://docs.newscatcherapi.com/ | | newscatcherapi
NFTPort | g | https://docs.nftport.xyz/ | |
Nightfall | g | https://docs.nightfall.ai/ | | nightfall ai
OnePageCRM | g | https://developer.onepagecrm.com/ | |
PandaScore | g | https://developers.pandascore.co/ | |
ParseHub | g | https://www.parsehub.com/docs/ref/api/v2/ | |
PartnerStack | g | https://docs.partnerstack.com/ | |
Pastebin | g | https://pastebin.com/doc_api | |
Paymo | g | https://github.com/paymoapp/api | |
PayMongo | g | https://developers.paymongo.com/ | |
pdflayer | g | https://pdflayer.com/documentation | |
Pepipost | g | https://developers.pepipost.com/api/getstarted/overview/ | |
Podio | g | https://developers.podio.com/ | |
Qase | g | https://developers.qase.io/ | | qase.io
RAWG | g | https://rawg.io/apidocs | c | rawg.io
Rachio | uuid | https://rachio.readme.io/reference/authentication | | rach.io
Rebrandly | g | https://developers.rebrandly.com/ | |
Rentman | g | https://api.rentman.net/ | |
RepairShopr | g | https://api-docs.repairshopr.com/ | |
RocketReach | g | https://docs.rocketreach.co/reference/faq | |
Salesflare | g | https://api.salesflare.com/docs | |
scrapestack | g | https://scrapestack.com/documentation | |
Scrapfly | g | https://scrapfly.io/docs | |
screenshotlayer | g | https://screenshotlayer.com/documentation | |
Sheety | g | https://sheety.co/docs | |
Shipday | g | https://docs.shipday.com/ | |
Shotstack | g | https://shotstack.io/docs/api/ | |
Shutterstock | g | https://api-reference.shutterstock.com/ | |
Signaturit | g | https://docs.signaturit.com/ | |
Sirv | g | https://sirv.com/help/articles/sirv-rest-api/ | |
SmartyStreets | g | https://www.smarty.com/docs/cloud/authentication | |
Smooch | g | https://docs.smooch.io/ | | sunshine conversations
Snipcart | g | https://docs.snipcart.com/v3/api-reference/authentication | |
SportMonks | g | https://docs.sportmonks.com/ | |
SSLMate | g | https://sslmate.com/help/reference/apiv2 | |
Steam Web API | hex:32 | https://steamcommunity.com/dev/apikey | | steampowered
Storecove | g | https://www.storecove.com/docs/ | |
SurveySparrow | g | https://developers.surveysparrow.com/ | |
Survicate | g | https://developers.survicate.com/ | |
Swell | g | https://developers.swell.is/ | c | swell.is
Tatum | g | https://docs.tatum.io/ | |
TestingBot | g | https://testingbot.com/support/api | |
TimeCamp | g | https://developer.timecamp.com/ | |
Travelpayouts | g | https://support.travelpayouts.com/hc/ru/articles/203956163 | | travel payouts
Twist | g | https://developer.twist.com/ | c |
Tyntec | g | https://tyntec.com/docs/ | |
Typetalk | g | https://developer.nulab.com/docs/typetalk/ | |
Ubidots | g | https://docs.ubidots.com/ | |
UpLead | g | https://docs.uplead.com/ | |
Userflow | g | https://userflow.com/docs/api | |
userstack | g | https://userstack.com/documentation | c |
vatlayer | g | https://vatlayer.com/documentation | |
YNAB | g | https://api.ynab.com/ | | you need a budget
Yousign | g | https://developers.yousign.com/ | |
ZenRows | g | https://docs.zenrows.com/ | |
Zenscrape | g | https://zenscrape.com/documentation | |
ZipCodeAPI | g | https://www.zipcodeapi.com/API | |
Duo Security | b62:40 | https://duo.com/docs/adminapi | | duo skey
Tenable | hex:64 | https://developer.tenable.com/docs/authorization | | tenable.io,tenableio,nessus
SentinelOne | b62:80 | https://www.sentinelone.com/ | | sentinel one
Azure Log Analytics | b64:88 | https://learn.microsoft.com/en-us/azure/azure-monitor/logs/data-collector-api | | loganalytics,azure loganalytics
`;
