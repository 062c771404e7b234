<#-- Sign-up: the base page without the visibility script, reCAPTCHA's inline script or empty wrappers. -->
<#import "template.ftl" as layout>
<#import "user-profile-commons.ftl" as userProfileCommons>
<#import "register-commons.ftl" as registerCommons>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
<#if section = "header">
  <#if messageHeader??>${kcSanitize(msg("${messageHeader}"))?no_esc}<#else>${msg("registerTitle")}</#if>
<#elseif section = "form">
  <form id="kc-register-form" action="${url.registrationAction}" method="post">
    <@userProfileCommons.userProfileFormFields; callback, attribute>
      <#if callback = "afterField">
      <#-- the password fields just under the username, or the email when it is the username -->
      <#if passwordRequired?? && (attribute.name == 'username' || (attribute.name == 'email' && realm.registrationEmailAsUsername))>
      <div class="field">
        <label for="password">${msg("password")} <span class="required" aria-hidden="true">*</span></label>
        <input type="password" id="password" name="password" autocomplete="new-password" dir="ltr"
          <#if messagesPerField.existsError('password','password-confirm')>aria-invalid="true"</#if><#if messagesPerField.existsError('password')> aria-describedby="input-error-password"</#if>>
        <#if messagesPerField.existsError('password')>
        <span id="input-error-password" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('password'))?no_esc}</span>
        </#if>
      </div>
      <div class="field">
        <label for="password-confirm">${msg("passwordConfirm")} <span class="required" aria-hidden="true">*</span></label>
        <input type="password" id="password-confirm" name="password-confirm" autocomplete="new-password" dir="ltr"
          <#if messagesPerField.existsError('password-confirm')>aria-invalid="true" aria-describedby="input-error-password-confirm"</#if>>
        <#if messagesPerField.existsError('password-confirm')>
        <span id="input-error-password-confirm" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('password-confirm'))?no_esc}</span>
        </#if>
      </div>
      </#if>
      </#if>
    </@userProfileCommons.userProfileFormFields>

    <@registerCommons.termsAcceptance/>

    <div id="kc-form-buttons" class="actions">
      <button type="submit">${msg("doRegister")}</button>
    </div>
    <p><a href="${url.loginUrl}">${msg("backToLogin")}</a></p>
  </form>
</#if>
</@layout.registrationLayout>
