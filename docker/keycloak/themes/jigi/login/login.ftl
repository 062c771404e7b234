<#-- Login: the base page without the password-visibility script, the passkey script or positive tabindex. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=realm.password && realm.registrationAllowed && !registrationDisabled??; section>
<#if section = "header">
  ${msg("loginAccountTitle")}
<#elseif section = "form">
  <#if realm.password>
  <form id="kc-form-login" action="${url.loginAction}" method="post">
    <#if !usernameHidden??>
    <div class="field">
      <label for="username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
      <input id="username" name="username" value="${(login.username!'')}" type="text" autofocus autocomplete="username" dir="ltr"
        <#if messagesPerField.existsError('username','password')>aria-invalid="true" aria-describedby="input-error"</#if>>
      <#if messagesPerField.existsError('username','password')>
      <span id="input-error" class="error" aria-live="polite">${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</span>
      </#if>
    </div>
    </#if>
    <div class="field">
      <label for="password">${msg("password")}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" dir="ltr"
        <#if messagesPerField.existsError('username','password')>aria-invalid="true"<#if usernameHidden??> aria-describedby="input-error"</#if></#if>>
      <#if usernameHidden?? && messagesPerField.existsError('username','password')>
      <span id="input-error" class="error" aria-live="polite">${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</span>
      </#if>
    </div>
    <#if realm.rememberMe && !usernameHidden??>
    <div class="field check">
      <input id="rememberMe" name="rememberMe" type="checkbox"<#if login.rememberMe??> checked</#if>>
      <label for="rememberMe">${msg("rememberMe")}</label>
    </div>
    </#if>
    <input type="hidden" id="id-hidden-input" name="credentialId"<#if auth.selectedCredential?has_content> value="${auth.selectedCredential}"</#if>>
    <div id="kc-form-buttons" class="actions">
      <button name="login" id="kc-login" type="submit">${msg("doLogIn")}</button>
    </div>
    <#if realm.resetPasswordAllowed>
    <p><a href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
    </#if>
  </form>
  </#if>
<#elseif section = "info">
  <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
  <p id="kc-registration">${msg("noAccount")} <a class="button quiet" href="${url.registrationUrl}">${msg("doRegister")}</a></p>
  </#if>
<#elseif section = "socialProviders">
  <#if realm.password && social?? && social.providers?has_content>
  <div id="kc-social-providers">
    <h2>${msg("identity-provider-login-label")}</h2>
    <ul>
    <#list social.providers as p>
      <li><a id="social-${p.alias}" class="button quiet" href="${p.loginUrl}">${p.displayName!}</a></li>
    </#list>
    </ul>
  </div>
  </#if>
</#if>
</@layout.registrationLayout>
