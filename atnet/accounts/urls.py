from django.contrib.auth import views as auth_views
from django.urls import path

from . import account_views, views

app_name = "accounts"

# Mounted inside i18n_patterns: /ro/accounts/login/, /en/accounts/login/, ...
urlpatterns = [
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", views.LogoutView.as_view(), name="logout"),
    path("accounts/sign-out-everywhere/", views.sign_out_everywhere, name="sign_out_everywhere"),
    path("accounts/password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("accounts/account/", account_views.account, name="account"),
    path("accounts/two-factor/", account_views.two_factor_enrol, name="two_factor_enrol"),
    path("accounts/two-factor/code/", account_views.two_factor_verify, name="two_factor_verify"),
    path("accounts/two-factor/off/", account_views.two_factor_disable, name="two_factor_disable"),
    path(
        "accounts/two-factor/recovery-codes/",
        account_views.recovery_codes_renew,
        name="recovery_codes_renew",
    ),
    path("accounts/password/", account_views.password_change, name="password_change"),
    path("accounts/email/", account_views.email_change, name="email_change"),
    path("accounts/invitations/new/", views.invitation_new, name="invitation_new"),
    path("accounts/invitation/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
