//! E-mail over SMTP (lettre): STARTTLS required (or TLS from the first byte), the platform's
//! roots plus the channel's own CA file, AUTH when configured.

use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use warden_types::{EmailChannel, SmtpTls};
use zeroize::Zeroizing;

use crate::{DELIVERY_TIMEOUT, DeliveryError, Message as Notice};

fn tls(channel: &EmailChannel, host: &str) -> Result<TlsParameters, DeliveryError> {
    let mut b = TlsParameters::builder(host.to_owned());
    if let Some(ca) = &channel.ca_file {
        let pem = std::fs::read(ca)
            .map_err(|_| DeliveryError::fatal("the channel's ca_file cannot be read"))?;
        let cert = Certificate::from_pem(&pem)
            .map_err(|_| DeliveryError::fatal("the channel's ca_file is not a PEM certificate"))?;
        b = b.add_root_certificate(cert);
    }
    b.build_rustls()
        .map_err(|_| DeliveryError::fatal("the TLS settings could not be built"))
}

pub(crate) async fn send(
    channel: &EmailChannel,
    to: &[String],
    credentials: Option<&(Zeroizing<String>, Zeroizing<String>)>,
    notice: &dyn Notice,
    delivery: &str,
) -> Result<(), DeliveryError> {
    let (host, port) = channel
        .server
        .rsplit_once(':')
        .and_then(|(h, p)| {
            Some((
                h.trim_start_matches('[').trim_end_matches(']'),
                p.parse::<u16>().ok()?,
            ))
        })
        .ok_or_else(|| DeliveryError::fatal("the channel's server is not host:port"))?;
    let mode = match channel.tls {
        SmtpTls::StartTls => Tls::Required(tls(channel, host)?),
        SmtpTls::Tls => Tls::Wrapper(tls(channel, host)?),
        SmtpTls::None => Tls::None,
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(port)
        .tls(mode)
        .timeout(Some(DELIVERY_TIMEOUT));
    if let Some((user, password)) = credentials {
        builder = builder.credentials(Credentials::new(user.to_string(), password.to_string()));
    }
    let transport = builder.build();
    let bad_address = |_| DeliveryError::fatal("an address of the channel is not valid");
    let mut message = Message::builder()
        .from(channel.from.parse().map_err(bad_address)?)
        .subject(notice.subject())
        .message_id(Some(format!("<{delivery}@warden.invalid>")))
        .header(ContentType::TEXT_PLAIN);
    for t in to {
        message = message.to(t.parse().map_err(bad_address)?);
    }
    let email = message
        .body(notice.text())
        .map_err(|_| DeliveryError::fatal("the message could not be built"))?;
    match transport.send(email).await {
        Ok(_) => Ok(()),
        Err(e) if e.is_permanent() => Err(DeliveryError::fatal(format!(
            "the mail server refused the message permanently ({})",
            e.status()
                .map_or_else(|| "no code".to_owned(), |c| c.to_string())
        ))),
        Err(e) if e.is_transient() => Err(DeliveryError::retry(format!(
            "the mail server refused the message for now ({})",
            e.status()
                .map_or_else(|| "no code".to_owned(), |c| c.to_string())
        ))),
        Err(e) if e.is_timeout() => Err(DeliveryError::retry("the mail server timed out")),
        Err(e) if e.is_tls() => Err(DeliveryError::retry(
            "TLS with the mail server failed (STARTTLS offered? certificate trusted?)",
        )),
        Err(_) => Err(DeliveryError::retry(
            "the mail server could not be reached or broke off",
        )),
    }
}
