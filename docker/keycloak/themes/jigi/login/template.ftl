<#-- Jigi's page frame for Keycloak: the app's header, one small stylesheet, no script at all.
     Language choice is a pair of plain links; "try another way" is a form with a button. -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${msg("loginTitle",(realm.displayName!'Jigi'))}</title>
<#if properties.styles?has_content>
<#list properties.styles?split(' ') as style>
<link rel="stylesheet" href="${url.resourcesPath}/${style}">
</#list>
</#if>
<link rel="icon" href="${url.resourcesPath}/img/jigi.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">${msg("jigiSkip")}</a>
<header class="site">
  <div class="bar">
    <#if (client.baseUrl)?has_content>
    <a class="brand" href="${client.baseUrl}">${realm.displayName!'Jigi'}</a>
    <#else>
    <span class="brand">${realm.displayName!'Jigi'}</span>
    </#if>
    <#if realm.internationalizationEnabled && locale.supported?size gt 1>
    <nav class="lang" aria-label="${msg("languages")}">
      <ul>
      <#list locale.supported?sort_by("languageTag")?reverse as l><#-- fr, then en -->
        <#if l.languageTag == locale.currentLanguageTag>
        <li><span aria-current="true" lang="${l.languageTag}">${l.languageTag?upper_case}</span></li>
        <#else>
        <li><a href="${l.url}" hreflang="${l.languageTag}" lang="${l.languageTag}" title="${l.label}">${l.languageTag?upper_case}</a></li>
        </#if>
      </#list>
      </ul>
    </nav>
    </#if>
  </div>
</header>
<main id="main" tabindex="-1"<#if bodyClass?has_content> class="${bodyClass}"</#if>>
  <#if displayRequiredFields>
  <p class="hint"><span class="required" aria-hidden="true">*</span> ${msg("requiredFields")}</p>
  </#if>
  <#if !(auth?has_content && auth.showUsername() && !auth.showResetCredentials())>
  <h1 id="kc-page-title"><#nested "header"></h1>
  <#else>
  <#nested "show-username">
  <h1 id="kc-page-title"><#nested "header"></h1>
  <p id="kc-username" class="who">
    <span id="kc-attempted-username">${auth.attemptedUsername}</span>
    <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
  </p>
  </#if>

  <#-- App-initiated actions should not see warnings about the action they are completing. -->
  <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
  <div class="alert alert-${message.type}" role="<#if message.type = 'error'>alert<#else>status</#if>">
    ${kcSanitize(message.summary)?no_esc}
  </div>
  </#if>

  <#nested "form">

  <#if auth?has_content && auth.showTryAnotherWayLink()>
  <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
    <input type="hidden" name="tryAnotherWay" value="on">
    <button type="submit" class="link" id="try-another-way">${msg("doTryAnotherWay")}</button>
  </form>
  </#if>

  <#nested "socialProviders">

  <#if displayInfo>
  <div id="kc-info" class="info">
    <#nested "info">
  </div>
  </#if>
</main>
<footer class="site"><p>${msg("jigiFooter")}</p></footer>
</body>
</html>
</#macro>
