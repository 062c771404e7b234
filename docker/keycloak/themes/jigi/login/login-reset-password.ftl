<#-- Forgotten password: asks for the username or address, then Keycloak mails a link. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('username'); section>
<#if section = "header">
  ${msg("emailForgotTitle")}
<#elseif section = "form">
  <form id="kc-reset-password-form" action="${url.loginAction}" method="post">
    <div class="field">
      <label for="username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
      <input type="text" id="username" name="username" autofocus autocomplete="username" value="${(auth.attemptedUsername!'')}" dir="ltr"
        <#if messagesPerField.existsError('username')>aria-invalid="true" aria-describedby="input-error-username"</#if>>
      <#if messagesPerField.existsError('username')>
      <span id="input-error-username" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('username'))?no_esc}</span>
      </#if>
    </div>
    <div id="kc-form-buttons" class="actions">
      <button type="submit">${msg("doSubmit")}</button>
    </div>
    <p><a href="${url.loginUrl}">${msg("backToLogin")}</a></p>
  </form>
<#elseif section = "info">
  <p><#if realm.duplicateEmailsAllowed>${msg("emailInstructionUsername")}<#else>${msg("emailInstruction")}</#if></p>
</#if>
</@layout.registrationLayout>
