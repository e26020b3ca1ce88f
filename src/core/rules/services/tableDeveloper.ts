// Services whose keys carry no prefix: cloud and hosting, CI and code quality, monitoring and logs,
// identity, databases and CMS, AI and search. Row format: see tableMessaging.ts.
export const DEVELOPER_SERVICES = `
Linode | hex:64 | https://techdocs.akamai.com/linode-api/reference/get-started | |
Vultr | upper:36 | https://www.vultr.com/api/ | |
Hetzner | b62:64 | https://docs.hetzner.cloud/ | |
Scaleway | uuid | https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/ | |
OVHcloud | b62:16-32 | https://help.ovhcloud.com/csm/en-api-getting-started-ovhcloud-api | | ovh
UpCloud | g | https://developers.upcloud.com/ | |
Civo | b62:50 | https://www.civo.com/api | |
Exoscale | g | https://community.exoscale.com/documentation/iam/ | |
Equinix Metal | g | https://deploy.equinix.com/developers/api/metal/ | | packet.net
IBM Cloud | b64url:44 | https://cloud.ibm.com/docs/account?topic=account-userapikey | | ibmcloud
Oracle Cloud | g | https://docs.oracle.com/en-us/iaas/Content/API/Concepts/apisigningkey.htm | | oci api
Backblaze | b62:31 | https://www.backblaze.com/docs/cloud-storage-application-keys | | b2 application key
Wasabi | upper:20/b62:40 | https://docs.wasabi.com/docs/access-keys-1 | c |
Cloudinary | b64url:27 | https://cloudinary.com/documentation/how_to_integrate_cloudinary | |
Imgix | g | https://docs.imgix.com/apis/management | |
ImageKit | g | https://docs.imagekit.io/api-reference/api-introduction/api-keys | |
Uploadcare | g | https://uploadcare.com/docs/start/settings/ | |
Filestack | b62:22 | https://www.filestack.com/docs/ | |
Transloadit | g | https://transloadit.com/docs/api/ | |
Mux | g | https://docs.mux.com/core/make-api-requests | c |
Vimeo | hex:32 | https://developer.vimeo.com/api/authentication | |
Wistia | hex:64 | https://wistia.com/support/developers/data-api | |
JW Player | g | https://docs.jwplayer.com/platform/reference/authentication | | jwplayer
Brightcove | g | https://apis.support.brightcove.com/ | |
BunnyCDN | uuid/g | https://docs.bunny.net/reference/bunnynet-api-overview | | bunny.net
KeyCDN | g | https://www.keycdn.com/api | |
Fastly | b64url:32 | https://docs.fastly.com/en/guides/using-api-tokens | |
Akamai | g | https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials | |
StackPath | g | https://stackpath.dev/ | |
Heroku | uuid | https://devcenter.heroku.com/articles/platform-api-quickstart#authentication | s |
Netlify | g | https://docs.netlify.com/api/get-started/ | |
Render | g | https://render.com/docs/api | c |
Koyeb | g | https://www.koyeb.com/docs/reference/api | |
Northflank | g | https://northflank.com/docs/v1/api/ | |
Qovery | g | https://api-doc.qovery.com/ | |
Platform.sh | g | https://docs.platform.sh/administration/cli/api-tokens.html | | platformsh
Pantheon | g | https://docs.pantheon.io/machine-tokens | c |
WP Engine | g | https://wpengineapi.com/ | | wpengine
Kinsta | g | https://api-docs.kinsta.com/ | |
Appwrite | hex:256/g | https://appwrite.io/docs/advanced/platform/api-keys | |
Back4App | g | https://www.back4app.com/docs/ | |
Parse Server | g | https://docs.parseplatform.org/rest/guide/ | | parse_master_key
Hasura | g | https://hasura.io/docs/latest/auth/quickstart/ | |
FaunaDB | g | https://docs.fauna.com/fauna/current/learn/security/keys/ | | fauna secret
CockroachDB | g | https://www.cockroachlabs.com/docs/cockroachcloud/cloud-api | |
MongoDB Atlas | uuid/g | https://www.mongodb.com/docs/atlas/configure-api-access/ | | atlas api
Redis Cloud | g | https://redis.io/docs/latest/operate/rc/api/ | | rediscloud
Aiven | g | https://aiven.io/docs/platform/howto/create_authentication_token | |
ElephantSQL | uuid | https://www.elephantsql.com/docs/api.html | |
Xata | g | https://xata.io/docs/rest-api/ | |
Turso | g | https://docs.turso.tech/api-reference/authentication | |
Convex | g | https://docs.convex.dev/ | c |
Nhost | g | https://docs.nhost.io/ | |
Directus | g | https://docs.directus.io/reference/authentication.html | |
Strapi | hex:256/g | https://docs.strapi.io/user-docs/settings/API-tokens | |
Contentful | b64url:43 | https://www.contentful.com/developers/docs/references/authentication/ | |
Sanity | b62:180-190/g | https://www.sanity.io/docs/http-auth | |
Prismic | g | https://prismic.io/docs/access-token | |
Storyblok | b62:22-26 | https://www.storyblok.com/docs/api/content-delivery/v2/getting-started/authentication | |
DatoCMS | hex:30 | https://www.datocms.com/docs/content-delivery-api/authentication | |
ButterCMS | hex:40 | https://buttercms.com/docs/api/ | |
Ghost CMS | hex:64/!hex:26 | https://ghost.org/docs/admin-api/ | | ghost admin,ghost content
Cosmic JS | g | https://www.cosmicjs.com/docs/api/ | | cosmicjs
Kontent.ai | g | https://kontent.ai/learn/docs/apis/ | | kontent
Hygraph | g | https://hygraph.com/docs/api-reference/basics/authorization | | graphcms
Builder.io | hex:32 | https://www.builder.io/c/docs/using-your-api-key | | builderio
Webflow | hex:64 | https://developers.webflow.com/data/reference/authentication | |
Wix | g | https://dev.wix.com/docs/rest | c |
Squarespace | g | https://developers.squarespace.com/ | |
BigCommerce | b62:31 | https://developer.bigcommerce.com/docs/start/authentication | |
WooCommerce | hex:40 | https://woocommerce.github.io/woocommerce-rest-api-docs/ | | woo commerce
Magento | b62:32 | https://developer.adobe.com/commerce/webapi/get-started/authentication/ | |
PrestaShop | upper:32 | https://devdocs.prestashop-project.org/ | |
Ecwid | g | https://api-docs.ecwid.com/ | |
Gumroad | g | https://app.gumroad.com/api | |
Lemon Squeezy | g/b64url:100-1200 | https://docs.lemonsqueezy.com/api | | lemonsqueezy
Teachable | g | https://docs.teachable.com/ | |
Thinkific | hex:32 | https://developers.thinkific.com/api/api-documentation/ | |
Kajabi | g | https://developers.kajabi.com/ | |
Patreon | g | https://docs.patreon.com/ | |
Memberstack | g | https://developers.memberstack.com/ | |
Outseta | g | https://documenter.getpostman.com/view/3613332/outseta-rest-api-v1/7TNfr6k | |
Codeship | g | https://docs.cloudbees.com/docs/cloudbees-codeship/latest/api-overview/ | |
Semaphore CI | g | https://docs.semaphoreci.com/reference/api | | semaphoreci
Drone CI | b62:32 | https://docs.drone.io/api/overview/ | | droneci
AppVeyor | g | https://www.appveyor.com/docs/api/ | |
Bitrise | g | https://devcenter.bitrise.io/en/accounts/personal-access-tokens.html | |
Codemagic | g | https://docs.codemagic.io/rest-api/codemagic-rest-api/ | |
Gitea | hex:40 | https://docs.gitea.com/development/api-usage | |
Gogs | hex:40 | https://github.com/gogs/docs-api | |
Azure DevOps | lower:52/b62:84 | https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate | s | azdo,ado pat
TeamCity | g/b64url:100-300 | https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens | |
Bamboo | g | https://confluence.atlassian.com/bamboo/personal-access-tokens-976779873.html | c |
Harness | g | https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/ | c |
Octopus Deploy | upper:30-40 | https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key | | octopus api
Codacy | b62:20 | https://docs.codacy.com/codacy-api/api-tokens/ | |
Coveralls | b62:32-40 | https://docs.coveralls.io/api-introduction | |
SonarCloud | hex:40 | https://docs.sonarsource.com/sonarcloud/advanced-setup/user-accounts/ | |
DeepSource | g | https://docs.deepsource.com/docs/api | |
Code Climate | hex:40 | https://developer.codeclimate.com/ | | codeclimate,cc_test_reporter_id
Mend | g | https://docs.mend.io/ | c | whitesource
FOSSA | hex:32 | https://docs.fossa.com/docs/api-reference | |
Rollbar | hex:32 | https://docs.rollbar.com/docs/access-tokens | |
Bugsnag | hex:32 | https://docs.bugsnag.com/api/data-access/ | |
Raygun | b62:22 | https://raygun.com/documentation/product-guides/crash-reporting/api-keys/ | |
Airbrake | hex:32 | https://docs.airbrake.io/docs/devops-tools/api/ | |
Honeybadger | b62:20-32 | https://docs.honeybadger.io/api/ | |
TrackJS | hex:32 | https://docs.trackjs.com/data-api/ | |
AppDynamics | g | https://docs.appdynamics.com/ | |
Instana | b64url:22 | https://www.ibm.com/docs/en/instana-observability/current?topic=apis-instana-rest-api | |
Honeycomb | b62:22/hex:32 | https://docs.honeycomb.io/working-with-your-data/settings/api-keys/ | |
Lightstep | g | https://docs.lightstep.com/docs/create-and-manage-api-keys | |
Loggly | uuid | https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm | |
Papertrail | b62:20 | https://www.papertrail.com/help/http-api/ | |
Logz.io | b62:32 | https://docs.logz.io/docs/user-guide/admin/authentication-tokens/api-tokens/ | | logzio
Sumo Logic | b62:14-64 | https://help.sumologic.com/docs/manage/security/access-keys/ | | sumologic
Splunk | uuid/g | https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector | | splunk hec,hec token
Logtail | b62:24 | https://betterstack.com/docs/logs/ | |
Better Stack | b62:24 | https://betterstack.com/docs/uptime/api/getting-started-with-uptime-api/ | | betterstack,betteruptime,better uptime
Coralogix | uuid/g | https://coralogix.com/docs/api-keys/ | |
Mezmo | hex:32 | https://docs.mezmo.com/docs/ingestion-key | | logdna
Sematext | uuid | https://sematext.com/docs/ | |
Elastic Cloud | b64:60-100/g | https://www.elastic.co/guide/en/cloud/current/ec-api-authentication.html | | elasticcloud,elastic api
Axiom | g | https://axiom.co/docs/reference/tokens | c |
Scalyr | g | https://app.scalyr.com/help/api-keys | |
Opsgenie | uuid | https://support.atlassian.com/opsgenie/docs/api-key-management/ | |
PagerDuty | b64url:20 | https://support.pagerduty.com/main/docs/api-access-keys | |
VictorOps | g | https://help.victorops.com/knowledge-base/api/ | |
incident.io | g | https://api-docs.incident.io/ | | incidentio
FireHydrant | g | https://docs.firehydrant.com/docs/api-keys | |
Rootly | g | https://docs.rootly.com/api-reference/overview | |
Statuspage | hex:32/uuid | https://developer.statuspage.io/ | | statuspage.io
Instatus | g | https://instatus.com/help/api | |
UptimeRobot | b62:20-40 | https://uptimerobot.com/api/ | |
Pingdom | g | https://docs.pingdom.com/api/ | |
StatusCake | g | https://developers.statuscake.com/ | |
Checkly | g | https://www.checklyhq.com/docs/api/ | |
Uptrends | g | https://www.uptrends.com/support/kb/api | |
Site24x7 | g | https://www.site24x7.com/help/api/ | |
Cronitor | hex:32 | https://cronitor.io/docs/api-overview | |
Healthchecks.io | g | https://healthchecks.io/docs/api/ | | healthchecks
Dead Man's Snitch | g | https://deadmanssnitch.com/docs/api/v1 | | deadmanssnitch
Insomnia | g | https://docs.insomnia.rest/ | c |
Stoplight | g | https://docs.stoplight.io/ | c |
RapidAPI | hex:50 | https://docs.rapidapi.com/docs/keys-and-key-rotation | | x-rapidapi-key
Kong Konnect | g | https://docs.konghq.com/konnect/api/ | | konnect
Apigee | g | https://cloud.google.com/apigee/docs/api-platform/security/api-keys | |
Tyk | g | https://tyk.io/docs/ | c |
Zapier | g | https://platform.zapier.com/ | |
Integromat | g | https://www.make.com/en/api-documentation | | make.com
IFTTT | g | https://ifttt.com/docs/connect_api | |
n8n | g/b64url:100-400 | https://docs.n8n.io/api/authentication/ | |
Pipedream | g | https://pipedream.com/docs/rest-api/auth | |
Tray.io | g | https://tray.io/documentation/ | | trayio
Workato | g | https://docs.workato.com/workato-api.html | |
Retool | g | https://docs.retool.com/ | |
Appsmith | g | https://docs.appsmith.com/ | |
Budibase | g | https://docs.budibase.com/docs/public-api | |
Bubble.io | hex:32 | https://manual.bubble.io/core-resources/api | | bubble api
Glide | g | https://www.glideapps.com/docs/ | c |
Adalo | g | https://help.adalo.com/ | |
Airplane | g | https://docs.airplane.dev/ | c |
Quay.io | b62:40 | https://docs.quay.io/api/ | | quayio
Harbor | g | https://goharbor.io/docs/ | c |
Cloudsmith | hex:40 | https://help.cloudsmith.io/docs/api-keys | |
Packagecloud | hex:48 | https://packagecloud.io/docs/api | |
Gemfury | b62:20 | https://gemfury.com/help/tokens/ | |
Packagist | g | https://packagist.org/apidoc | |
Crates.io | b62:32 | https://doc.rust-lang.org/cargo/reference/publishing.html | | cargo registry token
Terraform Cloud | g | https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens | | tfc token
Spacelift | g | https://docs.spacelift.io/integrations/api | |
env0 | g | https://docs.env0.com/reference/authentication | |
Infisical | g | https://infisical.com/docs/documentation/platform/token | |
Bitwarden | g | https://bitwarden.com/help/public-api/ | |
LastPass | g | https://support.lastpass.com/ | |
Keeper Security | g | https://docs.keeper.io/ | | keepersecurity
Akeyless | g | https://docs.akeyless.io/ | |
CyberArk | g | https://docs.cyberark.com/ | |
Conjur | g | https://docs.conjur.org/ | |
OneLogin | hex:64 | https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials | |
Ping Identity | g | https://docs.pingidentity.com/ | | pingidentity
Stytch | g | https://stytch.com/docs/api | |
Magic.link | g | https://magic.link/docs | | magiclink
Descope | g | https://docs.descope.com/ | |
FusionAuth | g | https://fusionauth.io/docs/apis/authentication | |
Keycloak | b62:32 | https://www.keycloak.org/docs/latest/server_admin/ | |
WorkOS | g | https://workos.com/docs/reference/api-keys | |
Frontegg | g | https://docs.frontegg.com/ | |
Kinde | g | https://docs.kinde.com/ | c |
SuperTokens | g | https://supertokens.com/docs/ | |
Twingate | g | https://www.twingate.com/docs/api-overview | |
Tailscale | g | https://tailscale.com/kb/1085/auth-keys | |
ZeroTier | b62:32 | https://docs.zerotier.com/api/ | |
ngrok | b62:40-60 | https://ngrok.com/docs/agent/#authtokens | |
StrongDM | g | https://www.strongdm.com/docs/admin/access/api-keys/ | |
Vanta | g | https://developer.vanta.com/ | |
Drata | g | https://developers.drata.com/ | |
Rev.ai | g | https://docs.rev.ai/get-started/ | | revai
Speechmatics | g | https://docs.speechmatics.com/ | |
Gladia | uuid | https://docs.gladia.io/ | |
OctoAI | g | https://octo.ai/docs/ | |
RunPod | upper:32-64/g | https://docs.runpod.io/get-started/api-keys | |
Lambda Labs | g | https://docs.lambdalabs.com/ | | lambdalabs
Paperspace | hex:32 | https://docs.paperspace.com/ | |
Vast.ai | hex:64 | https://vast.ai/docs/ | | vastai
Weaviate | g | https://weaviate.io/developers/weaviate/configuration/authentication | |
Qdrant | g | https://qdrant.tech/documentation/cloud/authentication/ | |
Zilliz | g | https://docs.zilliz.com/docs/manage-api-keys | |
Chroma | g | https://docs.trychroma.com/ | c |
Algolia | hex:32/g | https://www.algolia.com/doc/guides/security/api-keys/ | v |
Typesense | b62:32 | https://typesense.org/docs/latest/api/api-keys.html | |
Meilisearch | g | https://www.meilisearch.com/docs/reference/api/keys | |
Bonsai | g | https://docs.bonsai.io/ | c |
Swiftype | g | https://swiftype.com/documentation/ | |
Coveo | g | https://docs.coveo.com/en/1718/ | |
Klevu | g | https://docs.klevu.com/ | |
Nomic | g | https://docs.nomic.ai/ | |
Unstructured | g | https://docs.unstructured.io/api-reference/api-services/overview | c |
LlamaCloud | g | https://docs.cloud.llamaindex.ai/ | | llamaindex,llama cloud
Langfuse | g | https://langfuse.com/docs/get-started | |
Helicone | g | https://docs.helicone.ai/ | |
Portkey | g | https://portkey.ai/docs/ | |
Humanloop | g | https://humanloop.com/docs/ | |
Weights and Biases | hex:40 | https://docs.wandb.ai/support/models/articles/how-can-i-rotate-or-revoke-access | s | w&b,weights & biases
Neptune.ai | g/b64:100-300 | https://docs.neptune.ai/ | | neptuneai,neptune api
ClearML | upper:20-32/g | https://clear.ml/docs/latest/docs/ | |
Comet ML | b62:25 | https://www.comet.com/docs/v2/guides/getting-started/quickstart/ | | cometml,comet_api_key
Scale AI | g | https://docs.scale.com/reference/authentication | | scaleai,scale_api_key
Labelbox | g | https://docs.labelbox.com/ | |
DataRobot | g | https://docs.datarobot.com/ | |
Jasper | g | https://developers.jasper.ai/ | c |
DeepL | uuid/g | https://developers.deepl.com/docs/getting-started/auth | |
Smartling | g | https://api-reference.smartling.com/ | |
Crowdin | hex:80 | https://developer.crowdin.com/api/v2/ | |
Lokalise | hex:40 | https://developers.lokalise.com/reference/api-authentication | |
Transifex | g | https://developers.transifex.com/ | |
POEditor | hex:32 | https://poeditor.com/docs/api | |
Weglot | g | https://developers.weglot.com/ | |
Localazy | g | https://localazy.com/docs/api | |
Tolgee | g | https://tolgee.io/api | |
Datadog | hex:32/hex:40 | https://docs.datadoghq.com/account_management/api-app-keys/ | |
Airtable | g | https://airtable.com/developers/web/guides/personal-access-tokens | |
Codecov | uuid | https://docs.codecov.com/docs/codecov-tokens | |
Travis CI | b62:22 | https://docs.travis-ci.com/user/triggering-builds/ | | travis
CircleCI | hex:40 | https://circleci.com/docs/managing-api-tokens/ | |
Snyk | uuid | https://docs.snyk.io/snyk-api/authentication-for-api | |
BrowserStack | b62:20 | https://www.browserstack.com/docs/automate/api-reference/selenium/introduction | |
Sauce Labs | uuid | https://docs.saucelabs.com/basics/acct-team-mgmt/managing-user-info/ | | saucelabs
LaunchDarkly | g | https://docs.launchdarkly.com/home/account/api | |
Looker | b62:20/b62:24 | https://cloud.google.com/looker/docs/api-auth | |
Confluent Cloud | upper:16/b64:64 | https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html | | confluent
Cisco Meraki | hex:40 | https://developer.cisco.com/meraki/api-v1/authorization/ | | meraki
Private AI | g | https://docs.private-ai.com/ | | privateai
Beamer | g | https://www.getbeamer.com/api | |
IBM Cloudant | hex:64/lower:24 | https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant | | cloudant
SoftLayer | hex:64 | https://cloud.ibm.com/docs/account?topic=account-classic_keys | |
Bitbucket | b62:18/b62:32/b64url:32-64 | https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/ | |
Sentry | hex:64 | https://docs.sentry.io/account/auth-tokens/ | s |
GitLab | b64url:20 | https://docs.gitlab.com/security/tokens/ | |
`;
