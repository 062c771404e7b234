<#-- New password (after a reset link): the base page without the visibility script or inline handler. -->
<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm'); section>
<#if section = "header">
  ${msg("updatePasswordTitle")}
<#elseif section = "form">
  <form id="kc-passwd-update-form" action="${url.loginAction}" method="post">
    <div class="field">
      <label for="password-new">${msg("passwordNew")}</label>
      <input type="password" id="password-new" name="password-new" autofocus autocomplete="new-password" dir="ltr"
        <#if messagesPerField.existsError('password')>aria-invalid="true" aria-describedby="input-error-password"</#if>>
      <#if messagesPerField.existsError('password')>
      <span id="input-error-password" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('password'))?no_esc}</span>
      </#if>
    </div>
    <div class="field">
      <label for="password-confirm">${msg("passwordConfirm")}</label>
      <input type="password" id="password-confirm" name="password-confirm" autocomplete="new-password" dir="ltr"
        <#if messagesPerField.existsError('password-confirm')>aria-invalid="true" aria-describedby="input-error-password-confirm"</#if>>
      <#if messagesPerField.existsError('password-confirm')>
      <span id="input-error-password-confirm" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('password-confirm'))?no_esc}</span>
      </#if>
    </div>
    <@passwordCommons.logoutOtherSessions/>
    <div id="kc-form-buttons" class="actions">
      <button name="login" type="submit">${msg("doSubmit")}</button>
      <#if isAppInitiatedAction??>
      <button class="quiet" type="submit" name="cancel-aia" value="true">${msg("doCancel")}</button>
      </#if>
    </div>
  </form>
</#if>
</@layout.registrationLayout>
