<#-- Logout confirmation: the base page without the inline submit handler. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
<#if section = "header">
  ${msg("logoutConfirmTitle")}
<#elseif section = "form">
  <p>${msg("logoutConfirmHeader")}</p>
  <form action="${url.logoutConfirmAction}" method="post">
    <input type="hidden" name="session_code" value="${logoutConfirm.code}">
    <div class="actions"><button name="confirmLogout" id="kc-logout" type="submit">${msg("doLogout")}</button></div>
  </form>
  <#if !logoutConfirm.skipLink && (client.baseUrl)?has_content>
  <p><a href="${client.baseUrl}">${msg("backToApplication")}</a></p>
  </#if>
</#if>
</@layout.registrationLayout>
