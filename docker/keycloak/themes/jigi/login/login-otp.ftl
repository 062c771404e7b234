<#-- One-time code (staff): the base page without the inline submit handler. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('totp'); section>
<#if section = "header">
  ${msg("doLogIn")}
<#elseif section = "form">
  <form id="kc-otp-login-form" action="${url.loginAction}" method="post">
    <#if otpLogin.userOtpCredentials?size gt 1>
    <fieldset class="field">
      <legend>${msg("loginChooseAuthenticator")}</legend>
      <#list otpLogin.userOtpCredentials as otpCredential>
      <div class="check">
        <input id="kc-otp-credential-${otpCredential?index}" type="radio" name="selectedCredentialId" value="${otpCredential.id}"<#if otpCredential.id == otpLogin.selectedCredentialId> checked</#if>>
        <label for="kc-otp-credential-${otpCredential?index}">${otpCredential.userLabel}</label>
      </div>
      </#list>
    </fieldset>
    </#if>
    <div class="field">
      <label for="otp">${msg("loginOtpOneTime")}</label>
      <input id="otp" name="otp" autocomplete="one-time-code" type="text" inputmode="numeric" autofocus dir="ltr"
        <#if messagesPerField.existsError('totp')>aria-invalid="true" aria-describedby="input-error-otp-code"</#if>>
      <#if messagesPerField.existsError('totp')>
      <span id="input-error-otp-code" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('totp'))?no_esc}</span>
      </#if>
    </div>
    <div id="kc-form-buttons" class="actions">
      <button name="login" id="kc-login" type="submit">${msg("doLogIn")}</button>
    </div>
  </form>
</#if>
</@layout.registrationLayout>
